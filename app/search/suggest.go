package search

import (
	"cmp"
	"slices"
	"sort"
)

// suggest builds a "did you mean" query: each word that matched nothing is
// replaced by the most frequent nearest vocabulary entry within one typo
// more than matching allows, spelt as the texts spell it, accents and
// capitals included ("pinrea" → "Piñera"). It returns "" if no word could be replaced.
func (ix *Index) suggest(pq parsedQuery, cs []rclause) string {
	type repl struct {
		start, end int
		text       string
	}
	var rs []repl
	for _, c := range cs {
		for j, w := range c.words {
			if len(c.cands[j]) > 0 || len(w.runes) < 3 || spellsNumber(w.term) {
				continue
			}
			// The wider budget narrows poorly: ask for half the
			// bigrams at least.
			hits, _ := ix.fuzzy(w.runes, allowedTypos(len(w.runes))+1, false, (len(w.runes)+2)/2)
			if best := ix.mostFrequent(slices.Values(hits), 1); len(best) > 0 {
				rs = append(rs, repl{w.start, w.end, ix.display(best[0])})
			}
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
