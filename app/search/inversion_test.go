package search

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNoRankInversion searches many queries made from the texts, spelt
// right, without accents, half typed or misspelt, and checks every pair of
// consecutive results against the order the issue demands: more query
// words first, then, worst matches first, fewer words with two typos, with
// one, fewer prefixes, fewer folded words. How each word matched a
// document is worked out again here from the postings of its candidates,
// apart from the scoring. The first results of a limited search must be
// those of the full one.
func TestNoRankInversion(t *testing.T) {
	corpora := []struct {
		name string
		docs []Doc
		n    int
	}{
		{"real", Docs(loadRealCorpus(t)), 600},
		{"synthetic", synthDocs(t, 400, 20000, 3), 300},
		{"variants", variantDocs(rand.New(rand.NewSource(5)), 300), 600},
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			ix := New(c.docs)
			r := rand.New(rand.NewSource(7))
			checked := 0
			for range c.n {
				q := randomQuery(r, c.docs)
				if checkRankOrder(t, ix, q) {
					checked++
				}
			}
			t.Logf("%d queries, %d with two results or more", c.n, checked)
			if checked < c.n/4 {
				t.Errorf("only %d queries of %d had two results or more", checked, c.n)
			}
		})
	}
}

// wordKinds counts a document's matched query words by kind of match.
type wordKinds [matchKinds]int

// worse tells whether a ranks below b: more of the worst kind of match,
// at the first kind, from the worst, where they differ.
func (a wordKinds) worse(b wordKinds) bool {
	for k := matchKinds - 1; k > matchAccent; k-- {
		if a[k] != b[k] {
			return a[k] > b[k]
		}
	}
	return false
}

// checkRankOrder searches q and checks the order of its results. It tells
// whether there were two results or more to compare.
func checkRankOrder(t *testing.T, ix *Index, q string) bool {
	t.Helper()
	full := ix.Search(Query{Text: q, Limit: len(ix.docs)})
	pq := parseQuery(q)
	cs := ix.resolve(pq.clauses)
	total := 0
	for _, c := range cs {
		if c.phrase {
			return false // the kinds of a phrase's words depend on where they stand
		}
		total += c.weight
	}
	docByID := map[string]uint32{}
	for d := range ix.docs {
		docByID[ix.docs[d].ID] = uint32(d)
	}
	type key struct {
		words int
		kinds wordKinds
	}
	keyOf := func(d uint32) key {
		var k key
		for _, c := range cs {
			best := matchKinds
			for _, cd := range c.cands[0] {
				if ix.terms[cd.term].positionsIn(d) != nil {
					best = min(best, cd.kind)
				}
			}
			if best < matchKinds {
				k.words += c.weight
				k.kinds[best]++
			}
		}
		return k
	}
	var prev key
	for i, h := range full.Hits {
		k := keyOf(docByID[h.DocID])
		if h.AllWords != (k.words == total) || h.AllWords != full.Hits[0].AllWords {
			t.Errorf("%q: hit %d (%s) matches %d of %d words, AllWords %v, first hit's %v", q, i, h.DocID, k.words, total, h.AllWords, full.Hits[0].AllWords)
		}
		if i > 0 && (k.words > prev.words || k.words == prev.words && prev.kinds.worse(k.kinds)) {
			t.Errorf("%q: inversion at %d: %s %+v after %s %+v", q, i, h.DocID, k, full.Hits[i-1].DocID, prev)
		}
		prev = k
	}
	if limited := ids(ix.Search(Query{Text: q})); !slices.Equal(limited, ids(full)[:len(limited)]) {
		t.Errorf("%q: the first %d results\n%v\nare not those of the full search\n%v", q, len(limited), limited, ids(full)[:min(len(limited), len(full.Hits))])
	}
	return len(full.Hits) > 1
}

// randomQuery makes a query of one to four words of a random document,
// and sometimes one of another, each spelt right, without accents, with
// a typo or two, or, the last, half typed.
func randomQuery(r *rand.Rand, docs []Doc) string {
	pick := func() string {
		d := docs[r.Intn(len(docs))]
		if len(d.Sentences) == 0 {
			return d.Title
		}
		var words []string
		analyze(d.Sentences[r.Intn(len(d.Sentences))].Text, 0, func(t token) {
			if t.Kind == plainToken && !stopWords[t.Term] {
				words = append(words, t.Orig)
			}
		})
		if len(words) == 0 {
			return ""
		}
		return words[r.Intn(len(words))]
	}
	var ws []string
	for range 1 + r.Intn(4) {
		ws = append(ws, pick())
	}
	if r.Intn(3) == 0 {
		ws = append(ws, pick())
	}
	for i, w := range ws {
		switch r.Intn(6) {
		case 0, 1:
			ws[i] = Fold(w)
		case 2:
			ws[i] = misspell(r, w, 1)
		case 3:
			ws[i] = misspell(r, w, 2)
		}
	}
	q := strings.Join(ws, " ")
	if last := ws[len(ws)-1]; r.Intn(2) == 0 && utf8.RuneCountInString(last) > 3 {
		rs := []rune(last)
		return strings.Join(ws[:len(ws)-1], " ") + " " + string(rs[:2+r.Intn(len(rs)-2)])
	}
	return q + " " // typed to its end
}

// variantDocs makes n documents from a small vocabulary in which each word
// has near variants: spelt with an accent, lengthened, with a letter
// changed. A query for a word then matches documents by different kinds of
// match, which is what the rank order must sort out.
func variantDocs(r *rand.Rand, n int) []Doc {
	const consonants, vowels = "bcdfglmnprstv", "aeiou"
	accented := map[byte]string{'a': "á", 'e': "é", 'i': "í", 'o': "ó", 'u': "ú"}
	var words []string
	for range 24 {
		var b strings.Builder
		for range 2 + r.Intn(3) {
			b.WriteByte(consonants[r.Intn(len(consonants))])
			b.WriteByte(vowels[r.Intn(len(vowels))])
		}
		w := b.String()
		changed := []byte(w)
		changed[len(w)/2] = consonants[r.Intn(len(consonants))]
		words = append(words, w, strings.Replace(w, w[1:2], accented[w[1]], 1), w+"ista", string(changed))
	}
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: fmt.Sprintf("v%03d", i), Title: words[r.Intn(len(words))], Focus: "regional"}
		for s := range 1 + r.Intn(3) {
			var ws []string
			for range 4 + r.Intn(8) {
				ws = append(ws, words[r.Intn(len(words))])
			}
			d.Sentences = append(d.Sentences, Sentence{N: s + 1, Text: strings.Join(ws, " ") + "."})
		}
		docs[i] = d
	}
	return docs
}

// misspell makes n random edits: a swap, a deletion, an insertion or a
// substitution.
func misspell(r *rand.Rand, w string, n int) string {
	rs := []rune(w)
	for range n {
		if len(rs) < 3 {
			break
		}
		i := r.Intn(len(rs) - 1)
		switch r.Intn(4) {
		case 0:
			rs[i], rs[i+1] = rs[i+1], rs[i]
		case 1:
			rs = slices.Delete(rs, i, i+1)
		case 2:
			rs = slices.Insert(rs, i, rune('a'+r.Intn(26)))
		default:
			rs[i] = rune('a' + r.Intn(26))
		}
	}
	return string(rs)
}

func TestWordKindsWorse(t *testing.T) {
	for _, tc := range []struct {
		a, b wordKinds
		want bool
	}{
		{wordKinds{matchFolded: 3}, wordKinds{matchPrefix: 1}, false},
		{wordKinds{matchPrefix: 1}, wordKinds{matchFolded: 3}, true},
		{wordKinds{matchTypo1: 1}, wordKinds{matchPrefix: 1, matchFolded: 2}, true},
		{wordKinds{matchTypo2: 1}, wordKinds{matchTypo1: 5}, true},
		{wordKinds{matchAccent: 4}, wordKinds{matchAccent: 1}, false},
	} {
		if got := tc.a.worse(tc.b); got != tc.want {
			t.Errorf("%v worse than %v = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
