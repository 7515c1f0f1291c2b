//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is go test -bench output with a run per build time and per
// median keystroke given (ns).
func benchText(builds, medians []float64, tail string) string {
	var b strings.Builder
	b.WriteString("goos: linux\npkg: chinalac/app/search\n")
	for _, ns := range builds {
		fmt.Fprintf(&b, "BenchmarkBuild-2   \t       1\t%.0f ns/op\t 120000000 index-bytes\t     99643 vocabulary\n", ns)
	}
	for _, ns := range medians {
		fmt.Fprintf(&b, "BenchmarkKeystroke-2 \t      10\t  5000000 ns/op\t %.0f median-ns/op\t 1500000 worst-ns/op\t 4000000 max-ns/op\t 39.00 queries\n", ns)
	}
	b.WriteString(tail)
	return b.String()
}

func TestBench(t *testing.T) {
	ok := "PASS\nok  \tchinalac/app/search\t50.1s\n"
	for _, tc := range []struct {
		name   string
		output string
		fail   string // in the error, or "" for none
	}{
		{"within", benchText([]float64{1.5e9, 1.6e9, 1.7e9}, []float64{2e5, 2.5e5, 3e5}, ok), ""},
		{"one slow run", benchText([]float64{1.5e9, 9e9, 1.7e9}, []float64{2e5, 8e6, 3e5}, ok), ""},
		{"slow builds", benchText([]float64{6e9, 9e9, 1.7e9}, []float64{2e5, 2.5e5, 3e5}, ok), "BenchmarkBuild ns/op: median 6.00 s, over the budget of 5.00 s"},
		{"slow keystrokes", benchText([]float64{1.5e9}, []float64{2e6, 3e6, 2e5}, ok), "BenchmarkKeystroke median-ns/op: median 2.00 ms"},
		{"missing", benchText([]float64{1.5e9}, nil, ok), "BenchmarkKeystroke median-ns/op: no result"},
		{"failed", benchText([]float64{1.5e9}, []float64{2e5}, "--- FAIL: BenchmarkKeystroke\nFAIL\n"), "the benchmarks failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := filepath.Join(t.TempDir(), "bench.txt")
			if err := os.WriteFile(in, []byte(tc.output), 0o644); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			err := bench([]string{"-in", in}, &out)
			if (err != nil) != (tc.fail != "") || err != nil && !strings.Contains(err.Error(), tc.fail) {
				t.Errorf("error %v, want one with %q", err, tc.fail)
			}
			if tc.name == "within" && !strings.Contains(out.String(), "1.60 s") {
				t.Errorf("the table lacks the median build time, 1.60 s:\n%s", out.String())
			}
		})
	}
}
