package search

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// suggest builds a "did you mean" query: each word that matched nothing is
// replaced by the nearest frequent vocabulary entry within a wider budget
// than matching allows (one edit under 5 letters, two to 8, three from 9),
// spelt as the texts spell it, accents and capitals included ("pinrea" →
// "Piñera"). It returns "" if no word could be replaced.
func (ix *Index) suggest(pq parsedQuery, cs []rclause) string {
	type repl struct {
		start, end int
		text       string
	}
	var rs []repl
	for _, c := range cs {
		for j, w := range c.words {
			if len(c.cands[j]) > 0 || len(w.runes) < 3 || strings.ContainsAny(w.term, "0123456789") {
				continue
			}
			k := 1
			switch n := len(w.runes); {
			case n >= 9:
				k = 3
			case n >= 5:
				k = 2
			}
			// The wider budget narrows poorly: ask for half the
			// bigrams at least.
			hits := ix.fuzzyNeed(w.runes, k, false, (len(w.runes)+2)/2)
			if len(hits) == 0 {
				continue
			}
			best := slices.MaxFunc(hits, func(a, b fuzzyHit) int { return cmp.Compare(ix.vocab[a.id].df, ix.vocab[b.id].df) })
			rs = append(rs, repl{w.start, w.end, ix.display(best.id)})
		}
	}
	if len(rs) == 0 {
		return ""
	}
	sort.Slice(rs, func(x, y int) bool { a, b := rs[x], rs[y]; return cmp.Compare(b.start, a.start) < 0 })
	q := pq.text
	for _, r := range rs {
		if r.start >= 0 && r.end <= len(q) && r.start <= r.end {
			q = q[:r.start] + r.text + q[r.end:]
		}
	}
	return q
}

// display spells a vocabulary entry for people: its accented spelling if
// the texts use one, capitalised if the texts only ever capitalise it.
func (ix *Index) display(id int32) string {
	v := ix.vocab[id]
	best := v.variants[0]
	for _, t := range v.variants {
		if ix.terms[t].orig != v.text {
			best = t // the most frequent accented spelling
			break
		}
	}
	t := ix.terms[best]
	if t.lower {
		return t.orig
	}
	return t.display
}
