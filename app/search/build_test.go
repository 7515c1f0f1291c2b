package search

import (
	"reflect"
	"runtime"
	"testing"
)

// TestBuildRunsAgree checks that the index is the same however many runs
// New analyses the documents in: one, as in the browser, or several.
func TestBuildRunsAgree(t *testing.T) {
	docs := synthDocs(t, 3*minRunDocs+17, 5000, 4)
	// Compounds, and spellings first met in different runs.
	docs[5].Sentences[0].Text = "Sino-Mexican ties, O'Higgins and Piñera: PIÑERA, Pinera."
	docs[700].Sentences[0].Text = "Sino-Mexican trade with Chile's Piñera, O'Higgins."
	build := func(procs int) *Index {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return New(docs)
	}
	one, four := build(1), build(4)
	for _, part := range []struct {
		name string
		a, b any
	}{
		{"documents", one.docs, four.docs},
		{"terms", one.terms, four.terms},
		{"vocabulary", one.vocab, four.vocab},
		{"bigrams", one.grams, four.grams},
		{"short prefixes", one.short, four.short},
	} {
		if !reflect.DeepEqual(part.a, part.b) {
			t.Errorf("the %s differ between one run and four", part.name)
		}
	}
}
