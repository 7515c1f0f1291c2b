package search

import (
	"cmp"
	"slices"
	"sort"
)

// maxSnippets is the number of sentences a hit shows.
const maxSnippets = 3

// snippets picks the sentences of document d that best show why it
// matched: the most distinct query words, then the closest together, then
// the earliest. Where the words matched comes from the index positions,
// and their byte ranges from the offsets the index keeps per position.
func (ix *Index) snippets(d uint32, cs []rclause) []Snippet {
	di := &ix.docs[d]
	type sentence struct {
		idx        int
		weight     int      // query words present
		first      []uint32 // per clause, its first position here (or none)
		seen       []bool
		hits       []hitPos
		hitClauses []int
	}
	var ss []*sentence
	byIdx := map[int]*sentence{}
	for ci := range cs {
		for _, h := range ix.matchesIn(d, &cs[ci]) {
			idx := di.sentenceOf(h.pos)
			s := byIdx[idx]
			if s == nil {
				s = &sentence{idx: idx, first: make([]uint32, len(cs)), seen: make([]bool, len(cs))}
				byIdx[idx] = s
				ss = append(ss, s)
			}
			if !s.seen[ci] {
				s.seen[ci], s.first[ci] = true, h.pos
				s.weight += cs[ci].weight
			}
			s.hits = append(s.hits, h)
			s.hitClauses = append(s.hitClauses, ci)
		}
	}
	spread := func(s *sentence) uint32 {
		lo, hi := ^uint32(0), uint32(0)
		for ci, ok := range s.seen {
			if ok {
				lo, hi = min(lo, s.first[ci]), max(hi, s.first[ci])
			}
		}
		return hi - lo
	}
	sort.Slice(ss, func(x, y int) bool {
		a, b := ss[x], ss[y]
		return cmp.Or(cmp.Compare(b.weight, a.weight), cmp.Compare(spread(a), spread(b)), cmp.Compare(a.idx, b.idx)) < 0
	})

	var out []Snippet
	for _, s := range ss[:min(maxSnippets, len(ss))] {
		text, n := di.field(s.idx)
		sn := Snippet{Sentence: n, Text: text}
		for k, h := range s.hits {
			c := cs[s.hitClauses[k]].cands[h.word][h.cand]
			sn.Marks = append(sn.Marks, di.wordSpan(text, h.pos, c.term))
			if !slices.Contains(sn.Why, c.m) {
				sn.Why = append(sn.Why, c.m)
			}
		}
		sn.Marks = mergeSpans(sn.Marks)
		out = append(out, sn)
	}
	return out
}

// wordSpan is the byte range in text, the field holding position p, of the
// word of term t there: the compound, if t is the compound standing at p,
// or the word (or compound part) at p.
func (di *docInfo) wordSpan(text string, p uint32, t int32) Span {
	start := int(di.wordAt[p])
	i := sort.Search(len(di.compounds), func(i int) bool { return di.compounds[i].pos >= p })
	for ; i < len(di.compounds) && di.compounds[i].pos == p; i++ {
		if di.compounds[i].term == t {
			return Span{start, int(di.compounds[i].end)}
		}
	}
	return Span{start, wordEnd(text, start)}
}

// field returns the text of field or sentence idx and its number for
// Snippet.Sentence.
func (di *docInfo) field(idx int) (string, int) {
	switch idx {
	case 0:
		return di.Title, TitleSentence
	case 1:
		return di.Author, BylineSentence
	}
	s := di.Sentences[idx-2]
	return s.Text, s.N
}

// mergeSpans sorts spans and joins those that overlap (a compound and its
// parts).
func mergeSpans(sp []Span) []Span {
	sort.Slice(sp, func(x, y int) bool { a, b := sp[x], sp[y]; return cmp.Compare(a.Start, b.Start) < 0 })
	out := sp[:0]
	for _, s := range sp {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
