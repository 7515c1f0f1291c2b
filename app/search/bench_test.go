package search

import (
	"runtime"
	"slices"
	"testing"
	"time"

	"chinalac/app/search/searchtest"
)

func BenchmarkBuild(b *testing.B) {
	docs, _ := synthetic(b)
	benchmarkBuild(b, docs)
}

func BenchmarkBuildReal(b *testing.B) {
	benchmarkBuild(b, Docs(loadRealCorpus(b)))
}

// benchmarkBuild times New and reports the heap the index holds.
func benchmarkBuild(b *testing.B, docs []Doc) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix := New(docs)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(ix)
	b.ResetTimer()
	for b.Loop() {
		New(docs)
	}
	b.ReportMetric(float64(after.HeapAlloc)-float64(before.HeapAlloc), "index-bytes")
	b.ReportMetric(float64(len(ix.vocab)), "vocabulary")
}

func BenchmarkKeystroke(b *testing.B) {
	_, ix := synthetic(b)
	benchmarkKeystroke(b, ix)
}

func BenchmarkKeystrokeReal(b *testing.B) {
	benchmarkKeystroke(b, loadReal(b))
}

// benchmarkKeystroke times every keystroke query on its own and reports
// the latency a person feels: median-ns/op is the median of all the
// timings; worst-ns/op the slowest query's median, the worst keystroke;
// max-ns/op the single slowest timing, garbage collection pauses and all.
func benchmarkKeystroke(b *testing.B, ix *Index) {
	qs := searchtest.Keystrokes()
	times := make([][]time.Duration, len(qs))
	for b.Loop() {
		for i, q := range qs {
			start := time.Now()
			ix.Search(Query{Text: q})
			times[i] = append(times[i], time.Since(start))
		}
	}
	var all []time.Duration
	var worst time.Duration
	for _, ts := range times {
		slices.Sort(ts)
		worst = max(worst, ts[len(ts)/2])
		all = append(all, ts...)
	}
	slices.Sort(all)
	b.ReportMetric(float64(all[len(all)/2].Nanoseconds()), "median-ns/op")
	b.ReportMetric(float64(worst.Nanoseconds()), "worst-ns/op")
	b.ReportMetric(float64(all[len(all)-1].Nanoseconds()), "max-ns/op")
	b.ReportMetric(float64(len(qs)), "queries")
}

// TestKeystrokeWorst names the slowest keystroke queries on the synthetic
// corpus; it runs only with -v and not in -short mode.
func TestKeystrokeWorst(t *testing.T) {
	if testing.Short() || !testing.Verbose() {
		t.Skip("builds the 10,000-document corpus; run with -v")
	}
	_, ix := synthetic(t)
	type timing struct {
		q string
		d time.Duration
	}
	var ts []timing
	for _, q := range searchtest.Keystrokes() {
		best := time.Hour
		for range 5 {
			start := time.Now()
			ix.Search(Query{Text: q})
			best = min(best, time.Since(start))
		}
		ts = append(ts, timing{q, best})
	}
	slices.SortFunc(ts, func(a, b timing) int { return int(b.d - a.d) })
	for _, x := range ts[:10] {
		t.Logf("%-24q %v", x.q, x.d)
	}
}
