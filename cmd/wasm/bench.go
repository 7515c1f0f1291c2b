//go:build !wasm

package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// benchBudgets are the search's budgets, checked against the medians of
// the runs of make bench, so that one run slowed by other work on the
// machine does not fail them.
var benchBudgets = []struct {
	bench, metric string
	max           float64
}{
	{"BenchmarkBuild", "ns/op", 5e9},            // the index of 10,000 documents: 5 s
	{"BenchmarkKeystroke", "median-ns/op", 1e6}, // 10,000 documents: 1 ms
	{"BenchmarkKeystroke", "worst-ns/op", 16e6}, // its slowest query: 16 ms
}

// bench reads the output of go test -bench, prints the median of every
// metric of every benchmark over its runs, and fails when a budgeted
// median is over its budget, or missing, or when a test failed.
func bench(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("bench", flag.ContinueOnError)
	in := flags.String("in", "build/bench.txt", "output of go test -bench -count=N")
	if err := flags.Parse(args); err != nil {
		return err
	}
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	defer f.Close()
	runs, err := readBench(f)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "benchmark\tmetric\tmedian\truns\t")
	for _, name := range sortedKeys(runs) {
		for _, metric := range sortedKeys(runs[name]) {
			vs := runs[name][metric]
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t\n", name, metric, readable(median(vs), metric), len(vs))
		}
	}
	tw.Flush()
	var over []string
	for _, b := range benchBudgets {
		vs := runs[b.bench][b.metric]
		switch {
		case len(vs) == 0:
			over = append(over, fmt.Sprintf("%s %s: no result", b.bench, b.metric))
		case median(vs) > b.max:
			over = append(over, fmt.Sprintf("%s %s: median %s, over the budget of %s", b.bench, b.metric, readable(median(vs), b.metric), readable(b.max, b.metric)))
		}
	}
	if len(over) > 0 {
		return fmt.Errorf("over budget:\n  %s", strings.Join(over, "\n  "))
	}
	fmt.Fprintln(stdout, "every median is within its budget")
	return nil
}

// readBench collects the values of each metric of each benchmark, the
// processor suffix dropped ("BenchmarkBuild-2" is BenchmarkBuild).
func readBench(r io.Reader) (map[string]map[string][]float64, error) {
	runs := map[string]map[string][]float64{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "FAIL") || strings.HasPrefix(strings.TrimSpace(line), "--- FAIL") {
			return nil, fmt.Errorf("the benchmarks failed: %s", line)
		}
		fields := strings.Fields(line)
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") || len(fields)%2 != 0 {
			continue
		}
		name := fields[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		if runs[name] == nil {
			runs[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%q: %v", line, err)
			}
			runs[name][fields[i+1]] = append(runs[name][fields[i+1]], v)
		}
	}
	return runs, sc.Err()
}

func median(vs []float64) float64 {
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// readable writes a value for people: times in µs, ms or s, bytes in MB.
func readable(v float64, metric string) string {
	switch {
	case strings.HasPrefix(metric, "ns/") || strings.HasSuffix(metric, "-ns/op"):
		switch {
		case v >= 1e9:
			return fmt.Sprintf("%.2f s", v/1e9)
		case v >= 1e6:
			return fmt.Sprintf("%.2f ms", v/1e6)
		}
		return fmt.Sprintf("%.1f µs", v/1e3)
	case strings.HasSuffix(metric, "bytes") || metric == "B/op":
		return fmt.Sprintf("%.1f MB", v/1e6)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
