package search

import (
	"cmp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Match costs, the second rank bucket, best first. A prefix with a typo
// stands between a whole word with as many typos and one with more.
const (
	costAccent      = iota // the word as spelt, accents and all
	costFolded             // the same letters once accents are dropped
	costPrefix             // the start of a longer word
	costTypo1              // one edit
	costPrefixTypo1        // the start of a longer word, one edit
	costTypo2
	costPrefixTypo2
)

// maxTypoCandidates bounds the vocabulary entries a word with a typo
// expands to, the most frequent kept.
const maxTypoCandidates = 32

// cand is a term a query word matches, and how.
type cand struct {
	term int32
	cost int8
	m    Match
}

// candidates lists the terms w matches. The kinds of match are tried in
// turn and a worse kind only when the better ones found nothing, so that a
// word people spell right does not drag in its near neighbours:
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
			c := cand{term: t, cost: costAccent, m: Match{Query: w.raw, Word: orig}}
			if orig != w.orig {
				c.cost, c.m.Folded = costFolded, true
			}
			out = append(out, c)
		}
	}
	prefixed := false
	if w.prefix {
		for _, v := range ix.prefixEntries(w.term) {
			for _, t := range ix.vocab[v].variants {
				orig := ix.terms[t].orig
				out = append(out, cand{term: t, cost: costPrefix, m: Match{Query: w.raw, Word: orig, Prefix: true, Folded: !strings.HasPrefix(orig, w.orig)}})
				prefixed = true
			}
		}
	}
	k := allowedTypos(len(w.runes))
	if !typos || exact || k == 0 || strings.ContainsAny(w.term, "0123456789") {
		return out
	}
	hits := ix.fuzzy(w.runes, k, false)
	prefix := false
	if len(hits) == 0 && w.prefix && !prefixed {
		hits, prefix = ix.fuzzy(w.runes, k, true), true
	}
	if len(hits) > maxTypoCandidates {
		sort.SliceStable(hits, func(x, y int) bool {
			a, b := hits[x], hits[y]
			return cmp.Compare(ix.vocab[b.id].df, ix.vocab[a.id].df) < 0
		})
		hits = hits[:maxTypoCandidates]
	}
	for _, h := range hits {
		cost := int8(costTypo1)
		if h.typos > 1 {
			cost = costTypo2
		}
		if prefix {
			cost++
		}
		v := ix.vocab[h.id]
		for _, t := range v.variants {
			orig := ix.terms[t].orig
			out = append(out, cand{term: t, cost: cost, m: Match{Query: w.raw, Word: orig, Typos: h.typos, Prefix: prefix, Folded: orig != v.text || w.orig != w.term}})
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
	limit := prefixLimit(n)
	// top is kept sorted by df, highest first.
	top := make([]int32, 0, min(hi-lo, limit))
	for id := lo; id < hi; id++ {
		v := &ix.vocab[id]
		if v.stop || v.text == p {
			continue
		}
		if len(top) == limit && v.df <= ix.vocab[top[limit-1]].df {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return ix.vocab[top[i]].df < v.df })
		if len(top) < limit {
			top = append(top, 0)
		}
		copy(top[i+1:], top[i:])
		top[i] = int32(id)
	}
	return top
}
