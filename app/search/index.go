package search

import (
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Index is an inverted index over the titles, bylines and bodies of a set
// of documents. It is built once by New and only read afterwards; Search is
// safe for concurrent use.
//
// Layout. Every spelling a text uses, lower-cased with its accents
// ("piñera"), is a term with a posting list: the documents it occurs in
// and, for each, its positions. Every folded spelling ("pinera") is a
// vocabulary entry listing the terms that fold to it: words are matched on
// the vocabulary, and the terms then tell an accent-exact match from a
// folded one. Positions run through a document: its title, its byline,
// then its body sentences, with a gap of one between fields and sentences
// so that no phrase spans two; each document keeps where its sentences
// start, so a position maps to its sentence.
type Index struct {
	docs   []docInfo
	terms  []term
	vocab  []vocabEntry      // sorted by text
	byText map[string]int32  // folded text → vocab id
	grams  map[uint64][]gram // letter bigram → vocab entries holding it
	// short holds, for every prefix of one or two letters, its most
	// frequent vocabulary entries: the expansions of a prefix that short.
	short map[string][]int32

	// avgMeta and avgBody are the mean lengths of the two BM25F fields.
	avgMeta, avgBody float64

	distances atomic.Int64 // edit distances computed, for tests
}

type docInfo struct {
	Doc
	// starts[i] is the first position of field or sentence i: 0 is the
	// title, 1 the byline, 2 onwards the body sentences.
	starts  []uint32
	metaEnd uint32 // positions before it are title or byline
	// wordAt[p] is the byte offset, in its field, of the word at position
	// p (a compound's first part, for a compound); compounds lists the
	// compounds. Snippets mark words from them without analysing again.
	wordAt    []uint32
	compounds []compound
	// norm is BM25's length normalisation, 1-b+b·len/avg, per field.
	normMeta, normBody float32
	focus              string
	countries          []string
}

// compound is a hyphenated or apostrophised word, which stands at the
// position of its first part and ends with its last.
type compound struct {
	pos  uint32
	term int32
	end  uint32 // byte offset in its field
}

// term is one spelling and its postings.
type term struct {
	orig    string // lower case, accents kept
	vocab   int32
	docs    []uint32
	off     []uint32 // positions of docs[i] are pos[off[i]:off[i+1]]
	pos     []uint32
	display string // as first written, for suggestions
	lower   bool   // seen written in lower case: not only a proper name
}

// vocabEntry is one folded spelling.
type vocabEntry struct {
	text     string
	runes    []rune  // of text, for edit distances
	variants []int32 // terms, most frequent first
	df       int32   // documents holding any variant
	stop     bool
}

// gram is a vocabulary entry holding a bigram, and where: pos 0 is the
// bigram of the padding and the first letter.
type gram struct {
	id  int32
	pos uint8
}

// sortVocab sorts the vocabulary by text, so that a prefix is a range, and
// works out what each entry needs at query time.
func (ix *Index) sortVocab(vocab []vocabEntry) {
	order := make([]int32, len(vocab))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(x, y int) bool {
		a, b := order[x], order[y]
		return strings.Compare(vocab[a].text, vocab[b].text) < 0
	})
	ix.vocab = make([]vocabEntry, len(vocab))
	ix.byText = make(map[string]int32, len(vocab))
	n := 0
	for _, v := range vocab {
		n += utf8.RuneCountInString(v.text)
	}
	runes := make([]rune, 0, n) // one array for all the entries
	for newID, oldID := range order {
		v := vocab[oldID]
		start := len(runes)
		for _, r := range v.text {
			runes = append(runes, r)
		}
		v.runes = runes[start:len(runes):len(runes)]
		v.stop = stopWords[v.text]
		v.df = int32(len(ix.terms[v.variants[0]].docs))
		if len(v.variants) > 1 {
			sort.SliceStable(v.variants, func(x, y int) bool {
				a, b := v.variants[x], v.variants[y]
				return len(ix.terms[b].docs)-len(ix.terms[a].docs) < 0
			})
			v.df = int32(countUnion(ix.terms, v.variants))
		}
		for _, t := range v.variants {
			ix.terms[t].vocab = int32(newID)
		}
		ix.vocab[newID] = v
		ix.byText[v.text] = int32(newID)
	}
}

// countUnion counts the documents holding any of the terms.
func countUnion(terms []term, ids []int32) int {
	seen := make(map[uint32]bool)
	for _, id := range ids {
		for _, d := range terms[id].docs {
			seen[d] = true
		}
	}
	return len(seen)
}

// indexGrams builds the bigram index that narrows typo candidates, padded
// at both ends ("$c", "co", …, "r$"), of the entries a typo can reach: as
// long as the shortest word allowed a typo, less that typo, at least, and
// not numbers.
func (ix *Index) indexGrams() {
	ix.grams = make(map[uint64][]gram)
	shortest := minTypoRunes - allowedTypos(minTypoRunes)
	var rs []rune
	for id, v := range ix.vocab {
		if len(v.runes) < shortest || spellsNumber(v.text) {
			continue
		}
		rs = append(rs[:0], 0)
		rs = append(rs, v.runes...)
		rs = append(rs, 0)
		for i := 0; i+1 < len(rs); i++ {
			k := gramKey(rs[i], rs[i+1])
			list := ix.grams[k]
			if n := len(list); n > 0 && list[n-1].id == int32(id) {
				continue // repeated bigram: keep its first position
			}
			ix.grams[k] = append(list, gram{int32(id), uint8(min(i, 255))})
		}
	}
}

func gramKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// indexShortPrefixes keeps, for each prefix of one or two letters, the
// prefixLimit most frequent entries it expands to. A longer prefix covers
// few enough entries to pick them at query time.
func (ix *Index) indexShortPrefixes() {
	ix.short = make(map[string][]int32)
	groups := make(map[string][]int32)
	for id, v := range ix.vocab {
		if v.stop {
			continue
		}
		for n, i := 0, 0; n < 2 && i < len(v.text); n++ {
			_, size := utf8.DecodeRuneInString(v.text[i:])
			i += size
			if i == len(v.text) {
				break // the entry itself is not its own expansion
			}
			p := v.text[:i]
			groups[p] = append(groups[p], int32(id))
		}
	}
	for p, ids := range groups {
		ix.short[p] = slices.Clip(ix.mostFrequent(slices.Values(ids), prefixLimit(utf8.RuneCountInString(p))))
	}
}

// prefixLimit bounds how many vocabulary entries a prefix of n letters
// expands to: all the entries a short prefix covers would make every
// keystroke score most of the collection.
func prefixLimit(n int) int {
	switch n {
	case 1:
		return 12
	case 2:
		return 24
	}
	return 48
}

// Spellings lists every spelling the texts use, lower case with its
// accents ("piñera"), sorted: the vocabulary the synthetic corpus of the
// benchmarks is drawn from.
func (ix *Index) Spellings() []string {
	words := make([]string, len(ix.terms))
	for i, t := range ix.terms {
		words[i] = t.orig
	}
	sort.Strings(words)
	return words
}
