package search

import (
	"runtime"
	"strings"
	"sync"
)

// New builds the index.
//
// The documents are analysed in as many contiguous runs as there are
// processors (one in the browser), each run into a stream of postings, in
// document order; the runs are then joined, in document order, and their
// postings laid out in one array per kind of posting, which makes the same
// index whatever the number of runs. Within a document the occurrences of
// each word are grouped, so that its postings there are written once.
func New(docs []Doc) *Index {
	ix := &Index{docs: make([]docInfo, len(docs))}
	runs := make([]runPostings, max(1, min(runtime.GOMAXPROCS(0), len(docs)/minRunDocs)))
	var wg sync.WaitGroup
	for r := range runs {
		wg.Go(func() {
			runs[r] = ix.analyzeDocs(docs, r*len(docs)/len(runs), (r+1)*len(docs)/len(runs))
		})
	}
	wg.Wait()
	vocab := ix.joinRuns(runs)
	ix.normalizeLengths()
	ix.sortVocab(vocab)
	ix.indexGrams()
	ix.indexShortPrefixes()
	return ix
}

// minRunDocs is the fewest documents worth a run, and a processor, of
// their own.
const minRunDocs = 256

// runPostings are the postings of a run of documents.
type runPostings struct {
	lo, hi int              // the documents
	byOrig map[string]int32 // spelling → terms index
	terms  []runTerm        // in the order they first occur
	// spellings holds the keys of byOrig side by side: comparing a key
	// then reads memory near the last ones read, not somewhere in the
	// texts.
	spellings strings.Builder
	// The stream of postings: a term's positions in a document, one
	// posting after the other, their positions in pos.
	postings []runPosting
	pos      []uint32
	// Per term, the document it was last met in (+1) and its slot in
	// that document's docWords.
	lastDoc, slot []int32
}

// runTerm is a term of a run.
type runTerm struct {
	orig, folded, display string
	lower                 bool
}

// runPosting is the occurrence of a run's term in a document, at n
// positions.
type runPosting struct {
	term, doc, n uint32
}

// analyzeDocs analyses documents lo to hi into ix.docs and their postings.
func (ix *Index) analyzeDocs(docs []Doc, lo, hi int) runPostings {
	rp := runPostings{lo: lo, hi: hi, byOrig: make(map[string]int32)}
	// Room for the stream, from the length of the texts: in most a word
	// and what follows it take 5 bytes or more, and a document holds
	// fewer distinct words than words. Growing a stream that large by
	// appends alone would copy it several times over.
	size := 0
	for d := lo; d < hi; d++ {
		size += len(docs[d].Title) + len(docs[d].Author)
		for _, s := range docs[d].Sentences {
			size += len(s.Text)
		}
	}
	rp.pos = make([]uint32, 0, size/5)
	rp.postings = make([]runPosting, 0, size/8)
	var g docWords
	for d := lo; d < hi; d++ {
		di := &ix.docs[d]
		di.Doc = docs[d]
		di.focus = strings.ToLower(docs[d].Focus)
		for _, c := range docs[d].Countries {
			di.countries = append(di.countries, strings.ToLower(c))
		}
		di.starts = make([]uint32, 0, len(docs[d].Sentences)+2)
		g.reset(d)
		words := 0 // for the field lengths
		pos := 0
		field := func(text string) {
			di.starts = append(di.starts, uint32(pos))
			pos = analyze(text, pos, func(t token) {
				id := g.add(&rp, t, text)
				if t.Kind == compoundToken {
					di.compounds = append(di.compounds, compound{uint32(t.Pos), id, uint32(t.End)})
					return
				}
				words++
				for len(g.wordAt) < t.Pos {
					g.wordAt = append(g.wordAt, 0) // the gap between fields
				}
				g.wordAt = append(g.wordAt, uint32(t.Start))
			}) + 1
		}
		field(di.Title)
		field(di.Author)
		di.metaEnd = uint32(pos)
		di.normMeta = float32(words) // lengths until normalizeLengths
		for _, s := range di.Sentences {
			field(s.Text)
		}
		di.normBody = float32(words) - di.normMeta
		di.wordAt = append([]uint32(nil), g.wordAt...)
		g.flush(&rp, uint32(d))
	}
	return rp
}

// term returns the run's term for t, added if new.
func (rp *runPostings) term(t token, text string) int32 {
	id, ok := rp.byOrig[t.Orig]
	if !ok {
		if rp.spellings.Cap()-rp.spellings.Len() < len(t.Orig) {
			rp.spellings = strings.Builder{}
			rp.spellings.Grow(max(4<<10, len(t.Orig)))
		}
		start := rp.spellings.Len()
		rp.spellings.WriteString(t.Orig)
		orig := rp.spellings.String()[start:]
		id = int32(len(rp.terms))
		rp.byOrig[orig] = id
		rp.terms = append(rp.terms, runTerm{orig: orig, folded: t.Term, display: text[t.Start:t.End]})
		rp.lastDoc, rp.slot = append(rp.lastDoc, 0), append(rp.slot, 0)
	}
	return id
}

// docWords groups the occurrences of the words of one document by word.
type docWords struct {
	doc   int32        // the document, +1
	terms []int32      // run terms, in the order first met: the slots
	lower []bool       // per slot: seen written in lower case
	occ   []occurrence // in the order met
	// Scratch: where each slot's positions end, once grouped, and
	// docInfo.wordAt being built.
	ends   []int32
	wordAt []uint32
}

type occurrence struct {
	slot int32
	pos  uint32
}

func (g *docWords) reset(d int) {
	g.doc = int32(d) + 1
	g.terms, g.lower, g.occ, g.wordAt = g.terms[:0], g.lower[:0], g.occ[:0], g.wordAt[:0]
}

// add records an occurrence of t and returns its run term.
func (g *docWords) add(rp *runPostings, t token, text string) int32 {
	id := rp.term(t, text)
	if rp.lastDoc[id] != g.doc {
		rp.lastDoc[id], rp.slot[id] = g.doc, int32(len(g.terms))
		g.terms = append(g.terms, id)
		g.lower = append(g.lower, false)
	}
	s := rp.slot[id]
	if !g.lower[s] && t.Kind != cjkToken && text[t.Start:t.End] == t.Orig {
		g.lower[s] = true
	}
	g.occ = append(g.occ, occurrence{s, uint32(t.Pos)})
	return id
}

// flush appends document d's postings to the run's stream.
func (g *docWords) flush(rp *runPostings, d uint32) {
	// A counting sort by slot keeps each word's positions in order.
	g.ends = append(g.ends[:0], make([]int32, len(g.terms)+1)...)
	for _, o := range g.occ {
		g.ends[o.slot+1]++
	}
	for s := 1; s < len(g.ends); s++ {
		g.ends[s] += g.ends[s-1]
	}
	base := len(rp.pos)
	rp.pos = append(rp.pos, make([]uint32, len(g.occ))...)
	grouped := rp.pos[base:]
	next := g.ends[:len(g.terms)] // where each slot's next position goes
	for _, o := range g.occ {
		grouped[next[o.slot]] = o.pos
		next[o.slot]++
	}
	// next[s] is now the end of slot s's group, and the start of s+1's.
	start := int32(0)
	for s, id := range g.terms {
		if g.lower[s] {
			rp.terms[id].lower = true
		}
		rp.postings = append(rp.postings, runPosting{uint32(id), d, uint32(next[s] - start)})
		start = next[s]
	}
}

// joinRuns makes the index's terms from the runs' and returns the
// vocabulary, in the order its entries first occur. The postings of all
// the terms lie in one array of each kind, in which each term has room
// for exactly what the runs hold.
func (ix *Index) joinRuns(runs []runPostings) []vocabEntry {
	// The index's terms, in the order first met, and where each comes
	// from.
	most := 0 // terms, if no two runs shared any
	for r := range runs {
		most += len(runs[r].terms)
	}
	type source struct{ run, term int32 }
	termByOrig := make(map[string]int32, most)
	firsts := make([]source, 0, most)
	toIndex := make([][]int32, len(runs)) // run term → index term
	for r := range runs {
		toIndex[r] = make([]int32, len(runs[r].terms))
		for i := range runs[r].terms {
			id, ok := termByOrig[runs[r].terms[i].orig]
			if !ok {
				id = int32(len(firsts))
				termByOrig[runs[r].terms[i].orig] = id
				firsts = append(firsts, source{int32(r), int32(i)})
			}
			toIndex[r][i] = id
		}
	}
	ix.terms = make([]term, len(firsts))
	vocabByText := make(map[string]int32, len(firsts))
	vocab := make([]vocabEntry, 0, len(firsts))
	for id, src := range firsts {
		rt := &runs[src.run].terms[src.term]
		v, ok := vocabByText[rt.folded]
		if !ok {
			v = int32(len(vocab))
			vocabByText[rt.folded] = v
			vocab = append(vocab, vocabEntry{text: rt.folded})
		}
		ix.terms[id] = term{orig: rt.orig, vocab: v, display: rt.display}
		vocab[v].variants = append(vocab[v].variants, int32(id))
	}
	for r := range runs {
		for i := range runs[r].terms {
			if runs[r].terms[i].lower {
				ix.terms[toIndex[r][i]].lower = true
			}
		}
	}

	// Count, then cut the arrays: t.docs, t.off and t.pos are empty
	// slices with the capacity the term needs, which the postings then
	// fill in order.
	ndocs := make([]uint32, len(ix.terms))
	npos := make([]uint32, len(ix.terms))
	totalPos := 0
	for r := range runs {
		for _, p := range runs[r].postings {
			id := toIndex[r][p.term]
			ndocs[id]++
			npos[id] += p.n
		}
		totalPos += len(runs[r].pos)
	}
	totalDocs := 0
	for _, n := range ndocs {
		totalDocs += int(n)
	}
	docs := make([]uint32, totalDocs)
	off := make([]uint32, totalDocs+len(ix.terms))
	pos := make([]uint32, totalPos)
	for id := range ix.terms {
		t := &ix.terms[id]
		t.docs, docs = docs[:0:ndocs[id]], docs[ndocs[id]:]
		t.off, off = off[:0:ndocs[id]+1], off[ndocs[id]+1:]
		t.pos, pos = pos[:0:npos[id]], pos[npos[id]:]
	}
	for r := range runs {
		ps := runs[r].pos
		for _, p := range runs[r].postings {
			t := &ix.terms[toIndex[r][p.term]]
			t.docs = append(t.docs, p.doc)
			t.off = append(t.off, uint32(len(t.pos)))
			t.pos = append(t.pos, ps[:p.n]...)
			ps = ps[p.n:]
		}
		for d := runs[r].lo; d < runs[r].hi; d++ {
			for k := range ix.docs[d].compounds {
				c := &ix.docs[d].compounds[k]
				c.term = toIndex[r][c.term]
			}
		}
	}
	for id := range ix.terms {
		t := &ix.terms[id]
		t.off = append(t.off, uint32(len(t.pos)))
	}
	return vocab
}

// normalizeLengths turns the field lengths analyzeDocs left in normMeta
// and normBody into BM25's length normalisation.
func (ix *Index) normalizeLengths() {
	var meta, body float64
	for d := range ix.docs {
		meta += float64(ix.docs[d].normMeta)
		body += float64(ix.docs[d].normBody)
	}
	n := float64(max(len(ix.docs), 1))
	ix.avgMeta, ix.avgBody = max(meta/n, 1), max(body/n, 1)
	for d := range ix.docs {
		di := &ix.docs[d]
		di.normMeta = float32(1 - bm25B + bm25B*float64(di.normMeta)/ix.avgMeta)
		di.normBody = float32(1 - bm25B + bm25B*float64(di.normBody)/ix.avgBody)
	}
}
