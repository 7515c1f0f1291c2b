package search

import (
	"slices"
	"sort"
)

// hitPos is one place a clause matched in a document.
type hitPos struct {
	pos  uint32
	word int // which word of the clause
	cand int // which of that word's candidates
}

// rclause is a clause with the candidates of each of its words.
type rclause struct {
	clause
	cands  [][]cand // per word
	weight int      // query words it stands for
}

// matchesIn finds where c matches in document d, from the postings: for a
// word, every position of every candidate; for a phrase, the positions of
// its words where they stand in a row. Sorted by position.
func (ix *Index) matchesIn(d uint32, c *rclause) []hitPos {
	var hs []hitPos
	if !c.phrase {
		for k, cd := range c.cands[0] {
			for _, p := range ix.terms[cd.term].positionsIn(d) {
				hs = append(hs, hitPos{p, 0, k})
			}
		}
		sort.Slice(hs, func(x, y int) bool { a, b := hs[x], hs[y]; return int(int64(a.pos)-int64(b.pos)) < 0 })
		return hs
	}
	words := make([][]hitPos, len(c.words))
	for j := range c.words {
		for k, cd := range c.cands[j] {
			for _, p := range ix.terms[cd.term].positionsIn(d) {
				words[j] = append(words[j], hitPos{p, j, k})
			}
		}
		if len(words[j]) == 0 {
			return nil
		}
		sort.Slice(words[j], func(x, y int) bool { a, b := words[j][x], words[j][y]; return int(int64(a.pos)-int64(b.pos)) < 0 })
	}
next:
	for _, h := range words[0] {
		found := hs
		found = append(found, h)
		for j := 1; j < len(words); j++ {
			i, ok := slices.BinarySearchFunc(words[j], h.pos+uint32(j), func(x hitPos, p uint32) int { return int(int64(x.pos) - int64(p)) })
			if !ok {
				continue next
			}
			found = append(found, words[j][i])
		}
		hs = found
	}
	return hs
}

// span is the first and last positions of one match of a clause.
type span struct{ first, last uint32 }

// spans turns a clause's matches into spans: one per position for a word,
// one per occurrence for a phrase.
func spans(hs []hitPos, c *rclause) []span {
	out := make([]span, 0, len(hs))
	for _, h := range hs {
		if h.word == 0 {
			out = append(out, span{h.pos, h.pos + uint32(len(c.words)-1)})
		}
	}
	return out
}

// maxGap caps the distance of two query words in the proximity bucket:
// words further apart, or in different sentences, are simply not close.
const maxGap = 8

// gap is how far apart two matches stand, counting one more when they
// stand in the reverse of the query's order.
func gap(di *docInfo, a, b span) int {
	if di.sentenceOf(a.first) != di.sentenceOf(b.first) {
		return maxGap
	}
	var g int
	switch {
	case b.first > a.last:
		g = int(b.first - a.last)
	case a.first > b.last:
		g = int(a.first-b.last) + 1
	default:
		g = 1 // overlapping: a compound and its part
	}
	return min(g, maxGap)
}

// proximity sums, over each pair of consecutive matched clauses, the
// smallest gap between them in the document: the lower, the closer the
// query's words stand. The positions of word clauses come from the
// postings the scoring pass visited (scratch.refs), not from new lookups.
func (ix *Index) proximity(d uint32, cs []rclause, s *scratch) int {
	di := &ix.docs[d]
	for len(s.spans) < len(cs) {
		s.spans = append(s.spans, nil)
	}
	for i := range cs {
		s.spans[i] = s.spans[i][:0]
		if cs[i].phrase {
			s.spans[i] = append(s.spans[i], spans(ix.matchesIn(d, &cs[i]), &cs[i])...)
		}
	}
	for r := s.head[d]; r != 0; r = s.refs[r-1].next {
		ref := s.refs[r-1]
		t := &ix.terms[cs[ref.clause].cands[0][ref.cand].term]
		for _, p := range t.pos[t.off[ref.idx]:t.off[ref.idx+1]] {
			s.spans[ref.clause] = append(s.spans[ref.clause], span{p, p})
		}
	}
	total := 0
	var prev []span
	for i := range cs {
		cur := s.spans[i]
		if len(cur) == 0 {
			continue
		}
		sort.Slice(cur, func(x, y int) bool { a, b := cur[x], cur[y]; return int(int64(a.first)-int64(b.first)) < 0 })
		if prev != nil {
			total += closest(di, prev, cur)
		}
		prev = cur
	}
	return total
}

// closest returns the smallest gap between a span of a and one of b, both
// sorted: for each span of a only the nearest spans of b can be closest.
func closest(di *docInfo, a, b []span) int {
	best := maxGap
	j := 0
	for _, x := range a {
		for j < len(b) && b[j].first < x.first {
			j++
		}
		if j > 0 {
			best = min(best, gap(di, x, b[j-1]))
		}
		if j < len(b) {
			best = min(best, gap(di, x, b[j]))
		}
		if best <= 1 {
			break
		}
	}
	return best
}
