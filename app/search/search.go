package search

import (
	"cmp"
	"container/heap"
	"slices"
	"sort"
	"strings"
	"sync"
)

// docScore is a matching document and its rank keys.
type docScore struct {
	doc     uint32
	words   int     // bucket 1: query words matched, more first
	clauses int     // clauses matched
	cost    costs   // bucket 2: its matches by kind, worst first (see costs)
	prox    int     // bucket 3: proximity, lower first
	bm      float64 // bucket 4: BM25F, higher first
	all     bool
}

// scratch is per-query working space, one slot per document.
type scratch struct {
	slot []int32 // document → index+1 into scores
	// The current clause: whether it matched the document, how well at
	// best, and its BM25.
	cmatched []bool
	ccost    []costs
	cbm      []float64
	ctouched []uint32
	scores   []docScore
	docs     []uint32 // the documents with a slot, to reset
	// For proximity: document → its first ref+1; refs link the postings a
	// document matched in, through next.
	head  []int32
	refs  []ref
	spans [][]span
}

// ref is one posting a word clause matched: the idx-th document of the
// term of candidate cand.
type ref struct {
	next   int32
	clause uint8
	cand   uint16
	idx    uint32
}

var scratchPool sync.Pool

func (ix *Index) getScratch() *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.slot) != len(ix.docs) {
		n := len(ix.docs)
		s = &scratch{slot: make([]int32, n), cmatched: make([]bool, n), ccost: make([]costs, n), cbm: make([]float64, n), head: make([]int32, n)}
	}
	return s
}

func (s *scratch) release() {
	for _, d := range s.docs {
		s.slot[d], s.head[d] = 0, 0
	}
	s.scores, s.ctouched, s.docs, s.refs = s.scores[:0], s.ctouched[:0], s.docs[:0], s.refs[:0]
	scratchPool.Put(s)
}

// Search answers q.
//
// A query of several words is not a loose OR: when documents match every
// word, only they are returned (with AllWords set); only when none does
// are those matching at least half of the words (rounded up) returned.
//
// Ranking is lexicographic, so that no lower bucket ever outweighs a higher
// one:
//
//  1. the number of query words matched, more first;
//  2. how the words matched, the worst matches deciding first (see costs):
//     accent-exact above folded above prefix above one typo above a
//     prefix with one typo above two typos above a prefix with two;
//  3. proximity: matched words standing closer together within a sentence
//     first (see proximity);
//  4. BM25F (k1 1.2, b 0.75) with the title and byline weighing three times
//     the body.
func (ix *Index) Search(q Query) Results {
	pq := parseQuery(q.Text)
	res := Results{Query: pq.text, CutRunes: pq.cutRunes, CutWords: pq.cutWords}
	if len(pq.clauses) == 0 || len(ix.docs) == 0 {
		return res
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	cs := ix.resolve(pq.clauses)
	for _, c := range cs {
		for j, w := range c.words {
			res.Words = append(res.Words, wordMatch(w.raw, c.cands[j]))
		}
	}

	s := ix.getScratch()
	defer s.release()
	allowed := ix.filter(q)
	total := 0
	for i := range cs {
		ix.accumulate(s, cs, i, allowed)
		total += cs[i].weight
	}

	// The multi-word rule: every word if some document has them all, else
	// at least half of them.
	need := (total + 1) / 2
	for _, sc := range s.scores {
		if sc.words == total {
			need = total
			break
		}
	}
	scores := s.scores[:0]
	for _, sc := range s.scores {
		if sc.words >= need {
			sc.all = sc.words == total
			scores = append(scores, sc)
		}
	}
	res.Total = len(scores)
	for _, sc := range ix.rank(scores, cs, limit, s) {
		di := &ix.docs[sc.doc]
		res.Hits = append(res.Hits, Hit{DocID: di.ID, Score: sc.bm, AllWords: sc.all, Snippets: ix.snippets(sc.doc, cs)})
	}
	if len(res.Hits) == 0 || !res.Hits[0].AllWords {
		res.Suggestion = ix.suggest(pq, cs)
	}
	return res
}

// resolve finds the candidates of every query word. A hyphenated word
// that matches nothing whole is searched as the phrase of its parts.
func (ix *Index) resolve(clauses []clause) []rclause {
	cs := make([]rclause, len(clauses))
	for i, c := range clauses {
		rc := rclause{clause: c, weight: len(c.words), cands: make([][]cand, len(c.words))}
		for j, w := range c.words {
			rc.cands[j] = ix.candidates(w, !c.phrase)
		}
		if w := c.words[0]; !c.phrase && len(rc.cands[0]) == 0 && len(w.parts) > 1 {
			rc.words, rc.phrase = w.parts, true
			rc.words[len(rc.words)-1].prefix = w.prefix
			rc.cands = make([][]cand, len(w.parts))
			for j, p := range w.parts {
				rc.cands[j] = ix.candidates(p, true)
			}
		}
		cs[i] = rc
	}
	return cs
}

// filter returns the test a document must pass, or nil for none.
func (ix *Index) filter(q Query) func(d uint32) bool {
	focus, country := strings.ToLower(strings.TrimSpace(q.Focus)), strings.ToLower(strings.TrimSpace(q.Country))
	if focus == "" && country == "" {
		return nil
	}
	return func(d uint32) bool {
		di := &ix.docs[d]
		return (focus == "" || di.focus == focus) && (country == "" || slices.Contains(di.countries, country))
	}
}

// accumulate adds one clause's matches to the scores.
func (ix *Index) accumulate(s *scratch, cs []rclause, ci int, allowed func(uint32) bool) {
	c := &cs[ci]
	refs := len(cs) > 1 // proximity will need the positions
	if c.phrase {
		ix.accumulatePhrase(s, c, allowed)
	} else {
		for k, cd := range c.cands[0] {
			t := &ix.terms[cd.term]
			idf := ix.idf(ix.vocab[t.vocab].df)
			cost := cd.kind.cost()
			for i, d := range t.docs {
				if allowed != nil && !allowed(d) {
					continue
				}
				if !s.cmatched[d] {
					s.cmatched[d], s.ccost[d] = true, cost
					s.ctouched = append(s.ctouched, d)
				} else if cost < s.ccost[d] {
					s.ccost[d] = cost
				}
				s.cbm[d] = max(s.cbm[d], ix.bm25(t, i, idf))
				if refs {
					s.refs = append(s.refs, ref{next: s.head[d], clause: uint8(ci), cand: uint16(k), idx: uint32(i)})
					s.head[d] = int32(len(s.refs))
				}
			}
		}
	}
	for _, d := range s.ctouched {
		k := s.slot[d]
		if k == 0 {
			s.scores = append(s.scores, docScore{doc: d})
			k = int32(len(s.scores))
			s.slot[d] = k
			s.docs = append(s.docs, d)
		}
		sc := &s.scores[k-1]
		sc.words += c.weight
		sc.clauses++
		sc.cost = sc.cost.add(s.ccost[d])
		sc.bm += s.cbm[d]
		s.cmatched[d], s.ccost[d], s.cbm[d] = false, 0, 0
	}
	s.ctouched = s.ctouched[:0]
}

// accumulatePhrase scores the documents where a phrase's words stand in a
// row. Its costs and BM25 are those of its words.
func (ix *Index) accumulatePhrase(s *scratch, c *rclause, allowed func(uint32) bool) {
	for _, cd := range c.cands[0] {
		for _, d := range ix.terms[cd.term].docs {
			if s.cmatched[d] || allowed != nil && !allowed(d) {
				continue
			}
			hs := ix.matchesIn(d, c)
			if len(hs) == 0 {
				continue
			}
			var cost costs
			bm := 0.0
			for j := range c.words {
				best, bestBM := matchKinds, 0.0
				for _, h := range hs {
					if h.word == j {
						best = min(best, c.cands[j][h.cand].kind)
					}
				}
				for _, cj := range c.cands[j] {
					t := &ix.terms[cj.term]
					if i, ok := slices.BinarySearch(t.docs, d); ok {
						bestBM = max(bestBM, ix.bm25(t, i, ix.idf(ix.vocab[t.vocab].df)))
					}
				}
				cost = cost.add(best.cost())
				bm += bestBM
			}
			s.cmatched[d], s.ccost[d], s.cbm[d] = true, cost, bm
			s.ctouched = append(s.ctouched, d)
		}
	}
}

// rank returns the first limit scores in rank order without sorting them
// all. Buckets 1 and 2 (words, cost) are counted to find the last group
// reaching into the first limit; only groups up to it are looked at
// further. In that last group documents are taken in BM25 order and
// proximity is worked out until limit documents hold the best proximity
// possible: no later document could then come before them.
func (ix *Index) rank(scores []docScore, cs []rclause, limit int, s *scratch) []docScore {
	if len(scores) == 0 {
		return nil
	}
	key := func(sc *docScore) uint64 { return uint64(MaxQueryWords-sc.words)<<32 | uint64(sc.cost) }
	type count struct {
		key uint64
		n   int
	}
	var counts []count // few: one per (words, cost) met
	for i := range scores {
		k := key(&scores[i])
		j := slices.IndexFunc(counts, func(c count) bool { return c.key == k })
		if j < 0 {
			j = len(counts)
			counts = append(counts, count{key: k})
		}
		counts[j].n++
	}
	sort.Slice(counts, func(x, y int) bool { a, b := counts[x], counts[y]; return cmp.Compare(a.key, b.key) < 0 })
	last, n := counts[len(counts)-1].key, 0
	for _, c := range counts {
		if n += c.n; n >= limit {
			last = c.key
			break
		}
	}
	// Partition in place: the groups before last, then last's group.
	nTop := 0
	for i := range scores {
		if key(&scores[i]) < last {
			scores[i], scores[nTop] = scores[nTop], scores[i]
			nTop++
		}
	}
	nGroup := nTop
	for i := nTop; i < len(scores); i++ {
		if key(&scores[i]) == last {
			scores[i], scores[nGroup] = scores[nGroup], scores[i]
			nGroup++
		}
	}
	top, group := scores[:nTop], scores[nTop:nGroup]
	need := limit - len(top)
	if len(cs) == 1 {
		// No proximity: the group's best BM25 complete the page.
		sort.Slice(top, func(x, y int) bool { return compareScores(top[x], top[y]) < 0 })
		return append(top, bestByBM(group, need)...)
	}
	for i := range top {
		top[i].prox = ix.proximity(top[i].doc, cs, s)
	}
	best := maxGap * len(cs) // a lower bound of proximity in the group
	for _, sc := range group {
		best = min(best, sc.clauses-1)
	}
	h := byBM(group)
	heap.Init(&h)
	reached := 0
	var more []docScore
	for h.Len() > 0 && reached < need {
		sc := heap.Pop(&h).(docScore)
		sc.prox = ix.proximity(sc.doc, cs, s)
		if sc.prox <= best {
			reached++
		}
		more = append(more, sc)
	}
	top = append(slices.Clip(top), more...)
	sort.Slice(top, func(x, y int) bool { return compareScores(top[x], top[y]) < 0 })
	return top[:min(limit, len(top))]
}

// bestByBM returns the n scores of highest BM25 (then first document),
// in that order, keeping a small sorted list as it goes.
func bestByBM(scores []docScore, n int) []docScore {
	better := func(a, b *docScore) bool { return a.bm > b.bm || a.bm == b.bm && a.doc < b.doc }
	out := make([]docScore, 0, n)
	for i := range scores {
		sc := &scores[i]
		if len(out) == n && !better(sc, &out[n-1]) {
			continue
		}
		j := sort.Search(len(out), func(j int) bool { return better(sc, &out[j]) })
		if len(out) < n {
			out = append(out, docScore{})
		}
		copy(out[j+1:], out[j:])
		out[j] = *sc
	}
	return out
}

// compareScores orders by the four buckets, then by document for a stable
// order.
func compareScores(a, b docScore) int {
	if c := cmp.Compare(b.words, a.words); c != 0 {
		return c
	}
	if c := cmp.Compare(a.cost, b.cost); c != 0 {
		return c
	}
	if c := cmp.Compare(a.prox, b.prox); c != 0 {
		return c
	}
	if c := cmp.Compare(b.bm, a.bm); c != 0 {
		return c
	}
	return cmp.Compare(a.doc, b.doc)
}

// byBM is a heap of scores, highest BM25 (then first document) on top.
type byBM []docScore

func (h byBM) Len() int { return len(h) }
func (h byBM) Less(i, j int) bool {
	return h[i].bm > h[j].bm || h[i].bm == h[j].bm && h[i].doc < h[j].doc
}
func (h byBM) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *byBM) Push(x any)   { *h = append(*h, x.(docScore)) }
func (h *byBM) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// wordMatch summarises how a word matched, best first, one entry per word
// of the index.
func wordMatch(raw string, cands []cand) WordMatch {
	wm := WordMatch{Query: raw}
	sorted := slices.Clone(cands)
	sort.SliceStable(sorted, func(x, y int) bool { return sorted[x].kind < sorted[y].kind })
	for _, c := range sorted {
		if len(wm.Matches) == maxWordMatches {
			break
		}
		if !slices.ContainsFunc(wm.Matches, func(m Match) bool { return m.Word == c.m.Word }) {
			wm.Matches = append(wm.Matches, c.m)
		}
	}
	return wm
}

// maxWordMatches bounds Results.Words[i].Matches.
const maxWordMatches = 10
