package search

import "math"

// BM25F parameters. The title and byline form one field that weighs
// metaWeight times the body.
const (
	bm25K1     = 1.2
	bm25B      = 0.75
	metaWeight = 3.0
)

// idf is BM25's inverse document frequency.
func (ix *Index) idf(df int32) float64 {
	n := float64(len(ix.docs))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// bm25 scores the i-th document of t's postings for t, idf given.
func (ix *Index) bm25(t *term, i int, idf float64) float64 {
	di := &ix.docs[t.docs[i]]
	ps := t.pos[t.off[i]:t.off[i+1]]
	meta := 0
	for _, p := range ps {
		if p >= di.metaEnd {
			break
		}
		meta++
	}
	tf := metaWeight*float64(meta)/float64(di.normMeta) + float64(len(ps)-meta)/float64(di.normBody)
	return idf * tf * (bm25K1 + 1) / (tf + bm25K1)
}

// positionsIn returns t's positions in document d, if it occurs there.
func (t *term) positionsIn(d uint32) []uint32 {
	lo, hi := 0, len(t.docs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.docs[m] < d {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t.docs) || t.docs[lo] != d {
		return nil
	}
	return t.pos[t.off[lo]:t.off[lo+1]]
}

// sentenceOf returns the field or sentence index (into docInfo.starts) of
// a position.
func (di *docInfo) sentenceOf(p uint32) int {
	lo, hi := 0, len(di.starts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if di.starts[m] <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}
