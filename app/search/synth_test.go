package search

import (
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// synthDocs makes n documents of 300 to 1,000 words drawn from a
// Zipf-distributed vocabulary of vocabSize words that includes every word
// of the real corpus, in sentences of 10 to 30 words, with a title each.
// The same seed gives the same documents.
func synthDocs(tb testing.TB, n, vocabSize int, seed int64) []Doc {
	r := rand.New(rand.NewSource(seed))
	words := realWords(tb)
	seen := make(map[string]bool, vocabSize)
	for _, w := range words {
		seen[w] = true
	}
	const consonants, vowels = "bcdfghjklmnprstvwxz", "aeiou"
	for len(words) < vocabSize {
		var b strings.Builder
		for range 1 + r.Intn(4) {
			b.WriteByte(consonants[r.Intn(len(consonants))])
			b.WriteByte(vowels[r.Intn(len(vowels))])
			if r.Intn(3) == 0 {
				b.WriteByte(consonants[r.Intn(len(consonants))])
			}
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(words)-1))
	countries := []string{"cn", "cl", "pe", "mx", "ar", "br", "co", "ec", "cu", "cr"}

	sentence := func(nw int) string {
		var b strings.Builder
		for i := range nw {
			w := words[zipf.Uint64()]
			if i == 0 {
				first, size := utf8.DecodeRuneInString(w)
				b.WriteRune(unicode.ToUpper(first))
				b.WriteString(w[size:])
				continue
			}
			b.WriteByte(' ')
			b.WriteString(w)
		}
		b.WriteByte('.')
		return b.String()
	}
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: "synth-" + strconv.Itoa(i), Title: strings.TrimSuffix(sentence(4+r.Intn(9)), "."), Focus: countries[r.Intn(len(countries))]}
		for left := 300 + r.Intn(701); left > 0; {
			nw := min(left, 10+r.Intn(21))
			d.Sentences = append(d.Sentences, Sentence{N: len(d.Sentences) + 1, Text: sentence(nw)})
			left -= nw
		}
		d.Countries = []string{d.Focus}
		for range r.Intn(3) {
			if c := countries[r.Intn(len(countries))]; !slices.Contains(d.Countries, c) {
				d.Countries = append(d.Countries, c)
			}
		}
		docs[i] = d
	}
	return docs
}

// realWords lists the spellings of the real corpus (lower case, accents
// kept), as its analysis indexes them.
func realWords(tb testing.TB) []string {
	ix := loadReal(tb)
	words := make([]string, 0, len(ix.terms))
	for _, t := range ix.terms {
		words = append(words, t.orig)
	}
	slices.Sort(words)
	return words
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
