package search

import (
	"sort"
	"sync"

	"github.com/agnivade/levenshtein"
)

// allowedTypos is the typo budget of a query word of n letters (after
// folding: an accent is never a typo): none under 5, one from 5 to 8, two
// from 9.
func allowedTypos(n int) int {
	switch {
	case n < 5:
		return 0
	case n < 9:
		return 1
	}
	return 2
}

// distance is the edit distance of a and b in which an adjacent swap
// ("boluatre" / "boluarte") counts one edit, not the two levenshtein counts.
func (ix *Index) distance(a, b []rune) int {
	ix.distances.Add(1)
	if isOneSwap(a, b) {
		return 1
	}
	return levenshtein.ComputeDistance(string(a), string(b))
}

// isOneSwap tells whether b is a with two adjacent letters swapped.
func isOneSwap(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i+1 >= len(a) || a[i] != b[i+1] || a[i+1] != b[i] {
		return false
	}
	for j := i + 2; j < len(a); j++ {
		if a[j] != b[j] {
			return false
		}
	}
	return true
}

// fuzzyHit is a vocabulary entry within the typo budget of a word.
type fuzzyHit struct {
	id    int32
	typos int
}

// counters is scratch space for counting shared bigrams, one counter per
// vocabulary entry, reset after use through the list of those touched.
type counters struct {
	n       []uint8
	touched []int32
}

var counterPool sync.Pool

// fuzzy finds the vocabulary entries within k edits of w (whole words) or
// whose start is within k edits of w (prefix). It returns only those at
// the smallest distance found, the way a reader takes the nearest word.
//
// Candidates are narrowed before any distance is computed: an entry within
// k edits of w shares at least |B(w)| - 3k of w's distinct bigrams B(w)
// (an edit destroys at most three, for a swap), so only entries of the
// right length (whole words) or with the bigrams near their start
// (prefixes) that reach that count are measured.
//
// Words made of few distinct bigrams ("zzzzzzzzz") narrow poorly, so the
// candidates sharing the most bigrams are measured first and at most
// maxDistances distances are computed per call.
func (ix *Index) fuzzy(w []rune, k int, prefix bool) []fuzzyHit {
	return ix.fuzzyNeed(w, k, prefix, 0)
}

// maxDistances bounds the edit distances one word may cost.
const maxDistances = 256

// fuzzyNeed is fuzzy with a floor on the bigrams shared.
func (ix *Index) fuzzyNeed(w []rune, k int, prefix bool, floor int) []fuzzyHit {
	if k == 0 || len(w) == 0 {
		return nil
	}
	n := len(w)
	keys := make([]uint64, 0, n+1)
	prev := rune(0)
	for _, r := range w {
		keys = appendUnique(keys, gramKey(prev, r))
		prev = r
	}
	if !prefix {
		keys = appendUnique(keys, gramKey(prev, 0))
	}
	need := max(len(keys)-3*k, floor, 1)

	c, _ := counterPool.Get().(*counters)
	if c == nil || len(c.n) < len(ix.vocab) {
		c = &counters{n: make([]uint8, len(ix.vocab))}
	}
	defer func() {
		for _, id := range c.touched {
			c.n[id] = 0
		}
		c.touched = c.touched[:0]
		counterPool.Put(c)
	}()

	minLen, maxLen := int32(n-k), int32(n+k)
	maxPos := uint8(min(n+k, 255))
	var cands []int32
	for _, key := range keys {
		for _, g := range ix.grams[key] {
			r := ix.vocab[g.id].runes
			if prefix {
				if g.pos >= maxPos || r < minLen {
					continue
				}
			} else if r < minLen || r > maxLen {
				continue
			}
			if c.n[g.id] == 0 {
				c.touched = append(c.touched, g.id)
			}
			c.n[g.id]++
			if int(c.n[g.id]) == need {
				cands = append(cands, g.id)
			}
		}
	}

	if len(cands) > maxDistances/(1+2*k) {
		// Most shared bigrams first; stable, so ties keep vocabulary order.
		sort.SliceStable(cands, func(x, y int) bool { a, b := cands[x], cands[y]; return int(c.n[b])-int(c.n[a]) < 0 })
	}
	var hits []fuzzyHit
	best := k
	var rs []rune
	budget := maxDistances
	for _, id := range cands {
		if budget <= 0 {
			break
		}
		rs = append(rs[:0], []rune(ix.vocab[id].text)...)
		d := k + 1
		if prefix {
			// Compare with the entry's start at each length a typo could
			// leave it: "boloua" against "bolua", "boluar", "boluart".
			for l := max(n-k, 1); l <= min(n+k, len(rs)) && d > 0; l++ {
				d = min(d, ix.distance(w, rs[:l]))
				budget--
			}
		} else {
			d = ix.distance(w, rs)
			budget--
		}
		if d > best {
			continue
		}
		if d < best {
			best, hits = d, hits[:0]
		}
		hits = append(hits, fuzzyHit{id, d})
	}
	return hits
}

func appendUnique(keys []uint64, k uint64) []uint64 {
	for _, x := range keys {
		if x == k {
			return keys
		}
	}
	return append(keys, k)
}
