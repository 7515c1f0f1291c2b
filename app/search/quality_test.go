package search

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"chinalac/app/corpus"
	"chinalac/app/search/searchtest"
	"chinalac/seeds"
)

var (
	realCorpus = sync.OnceValues(func() (*corpus.Corpus, error) { return corpus.Load(seeds.FS) })
	realIndex  = sync.OnceValues(func() (*Index, error) {
		c, err := realCorpus()
		if err != nil {
			return nil, err
		}
		return FromCorpus(c), nil
	})
)

func loadRealCorpus(tb testing.TB) *corpus.Corpus {
	tb.Helper()
	c, err := realCorpus()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func loadReal(tb testing.TB) *Index {
	tb.Helper()
	ix, err := realIndex()
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

// TestQuality checks that the right document comes first for the queries
// of the quality table (searchtest.Quality), people's queries misspelt in
// every way, over the real corpus; a query marked Only must return nothing
// else.
func TestQuality(t *testing.T) {
	ix := loadReal(t)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-28s %-26s %-28s %-28s %s\n", "query", "kind", "want", "got", "hits")
	right := 0
	for _, tc := range searchtest.Quality {
		r := ix.Search(Query{Text: tc.Query})
		got := ""
		if len(r.Hits) > 0 {
			got = r.Hits[0].DocID
		}
		mark := "ok"
		if got == tc.Want {
			right++
		} else {
			mark = "WRONG"
			t.Errorf("%q: first %q, want %q", tc.Query, got, tc.Want)
		}
		if tc.Only && len(r.Hits) != 1 {
			mark += " NOISE"
			t.Errorf("%q: %d hits %v, want only %s", tc.Query, len(r.Hits), ids(r), tc.Want)
		}
		fmt.Fprintf(&b, "%-28s %-26s %-28s %-28s %d %s\n", tc.Query, tc.Kind, tc.Want, got, len(r.Hits), mark)
	}
	recall := float64(right) / float64(len(searchtest.Quality))
	fmt.Fprintf(&b, "recall@1: %d/%d = %.1f%%", right, len(searchtest.Quality), 100*recall)
	t.Log(b.String())
	if recall < 1 {
		t.Errorf("recall@1 %.1f%%, want 100%%", 100*recall)
	}
}

// TestCJKNotInCorpus records why the quality table has no CJK query: the
// only CJK in the seeds ("中文 | Español") is page furniture the corpus
// parser drops. CJK indexing is tested in TestRankBuckets.
func TestCJKNotInCorpus(t *testing.T) {
	ix := loadReal(t)
	if r := ix.Search(Query{Text: "中文"}); r.Total != 0 {
		t.Errorf("中文 found in %v: the parser kept the furniture?", ids(r))
	}
}
