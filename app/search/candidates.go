package search

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// matchKind is how a query word matched an index term, best first. A
// prefix with a typo stands between a whole word with as many typos and
// one with more.
type matchKind int8

const (
	matchAccent      matchKind = iota // the word as spelt, accents and all
	matchFolded                       // the same letters once accents are dropped
	matchPrefix                       // the start of a longer word
	matchTypo1                        // one edit
	matchPrefixTypo1                  // the start of a longer word, one edit
	matchTypo2
	matchPrefixTypo2
	matchKinds
)

// maxTypoCandidates bounds the vocabulary entries a word with a typo
// expands to, the most frequent kept.
const maxTypoCandidates = 32

// cand is a term a query word matches, and how.
type cand struct {
	term int32
	kind matchKind
	m    Match
}

// candidates lists the terms w matches, each once, by its best kind of
// match. The kinds are tried in turn and a worse kind only when the better
// ones found nothing, so that a word people spell right does not drag in
// its near neighbours:
//
//   - the word itself, accent-exact or folded;
//   - as a prefix, if w is the word being typed (beside the word itself);
//   - with typos, as a whole word, if the word itself is not in the index
//     (only the entries at the smallest distance found);
//   - with typos, as a prefix, if nothing else matched ("boloua" → boluarte).
func (ix *Index) candidates(w queryWord, typos bool) []cand {
	var out []cand
	exact := false
	if v, ok := ix.byText[w.term]; ok {
		exact = true
		for _, t := range ix.vocab[v].variants {
			orig := ix.terms[t].orig
			c := cand{term: t, kind: matchAccent, m: Match{Query: w.raw, Word: orig}}
			if orig != w.orig {
				c.kind, c.m.Folded = matchFolded, true
			}
			out = append(out, c)
		}
	}
	var prefixed []int32
	if w.prefix {
		prefixed = ix.prefixEntries(w.term)
		for _, v := range prefixed {
			for _, t := range ix.vocab[v].variants {
				orig := ix.terms[t].orig
				out = append(out, cand{term: t, kind: matchPrefix, m: Match{Query: w.raw, Word: orig, Prefix: true, Folded: !strings.HasPrefix(orig, w.orig)}})
			}
		}
	}
	k := typoBudget(w)
	if !typos || exact || k == 0 {
		return out
	}
	hits, d := ix.fuzzy(w.runes, k, false, 0)
	prefix := false
	if len(hits) == 0 && len(prefixed) == 0 && w.prefix {
		hits, d = ix.fuzzy(w.runes, k, true, 0)
		prefix = true
	}
	kind := matchTypo1
	if d > 1 {
		kind = matchTypo2
	}
	if prefix {
		kind++
	}
	for _, id := range ix.mostFrequent(slices.Values(hits), maxTypoCandidates) {
		if slices.Contains(prefixed, id) {
			continue // "chanc": "chance" is a prefix, not a typo
		}
		v := ix.vocab[id]
		for _, t := range v.variants {
			orig := ix.terms[t].orig
			out = append(out, cand{term: t, kind: kind, m: Match{Query: w.raw, Word: orig, Typos: d, Prefix: prefix, Folded: orig != v.text || w.orig != w.term}})
		}
	}
	return out
}

// prefixEntries returns the vocabulary entries p is a proper prefix of,
// stop words left out: all of them, or the most frequent prefixLimit.
func (ix *Index) prefixEntries(p string) []int32 {
	n := utf8.RuneCountInString(p)
	if n <= 2 {
		return ix.short[p]
	}
	lo := sort.Search(len(ix.vocab), func(i int) bool { return ix.vocab[i].text >= p })
	hi := lo + sort.Search(len(ix.vocab)-lo, func(i int) bool { return !strings.HasPrefix(ix.vocab[lo+i].text, p) })
	return ix.mostFrequent(func(yield func(int32) bool) {
		for id := lo; id < hi; id++ {
			if v := &ix.vocab[id]; !v.stop && v.text != p && !yield(int32(id)) {
				return
			}
		}
	}, prefixLimit(n))
}

// mostFrequent returns the n vocabulary entries of ids with the highest
// document frequency, highest first, the first seen first among equals:
// the expansions kept of a prefix or a typo.
func (ix *Index) mostFrequent(ids iter.Seq[int32], n int) []int32 {
	var top []int32 // sorted by df, highest first
	for id := range ids {
		df := ix.vocab[id].df
		if len(top) == n && df <= ix.vocab[top[n-1]].df {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return ix.vocab[top[i]].df < df })
		if len(top) < n {
			top = append(top, 0)
		}
		copy(top[i+1:], top[i:])
		top[i] = id
	}
	return top
}
