package search

import (
	"sync"
	"testing"

	"chinalac/app/search/searchtest"
)

// synthDocs makes n documents of the synthetic corpus (searchtest.Synth)
// over the spellings of the real corpus. The same seed gives the same
// documents.
func synthDocs(tb testing.TB, n, vocabSize int, seed int64) []Doc {
	synth := searchtest.Synth(loadReal(tb).Spellings(), n, vocabSize, seed)
	docs := make([]Doc, len(synth))
	for i, d := range synth {
		docs[i] = Doc{ID: d.ID, Title: d.Title, Focus: d.Focus, Countries: d.Countries}
		for j, s := range d.Sentences {
			docs[i].Sentences = append(docs[i].Sentences, Sentence{N: j + 1, Text: s})
		}
	}
	return docs
}

var (
	synthOnce  sync.Once
	synth10k   []Doc
	synthIndex *Index
)

// synthetic returns the 10,000 synthetic documents and their index, made
// once: only benchmarks ask for them.
func synthetic(tb testing.TB) ([]Doc, *Index) {
	synthOnce.Do(func() {
		synth10k = synthDocs(tb, 10000, 100000, 1)
		synthIndex = New(synth10k)
	})
	return synth10k, synthIndex
}

// TestTypoCandidatesNarrowed checks that a typo never costs distances
// against the whole vocabulary: the bigram filter leaves a small fraction.
func TestTypoCandidatesNarrowed(t *testing.T) {
	docs := synthDocs(t, 1000, 100000, 2)
	ix := New(docs)
	for _, q := range []string{"electic", "coper", "boluatre", "Pinra", "hurricnae", "protectionsim", "Boloua", "Qingqaio", "trafficing", "zzzzzzzzz"} {
		ix.distances.Store(0)
		r := ix.Search(Query{Text: q})
		n := ix.distances.Load()
		t.Logf("%-14s %4d distances for %d vocabulary entries, %d hits", q, n, len(ix.vocab), r.Total)
		if n > int64(len(ix.vocab)/100) {
			t.Errorf("%q computed %d distances, over 1%% of the %d entries", q, n, len(ix.vocab))
		}
	}
}
