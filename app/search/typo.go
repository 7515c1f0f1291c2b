package search

import (
	"sort"
	"strings"
	"sync"

	"github.com/agnivade/levenshtein"
)

// The typo budget by word length, as Meilisearch has it (see allowedTypos).
const (
	minTypoRunes    = 5 // shorter words must be spelt right
	minTwoTypoRunes = 9
)

// allowedTypos is the typo budget of a word of n letters (after folding:
// an accent is never a typo): none under 5, one from 5 to 8, two from 9.
func allowedTypos(n int) int {
	switch {
	case n < minTypoRunes:
		return 0
	case n < minTwoTypoRunes:
		return 1
	}
	return 2
}

// spellsNumber tells whether a word (folded) holds a digit: a year, an
// amount or a code, where a typo spells another number. Such words are
// never matched, or suggested, through a typo.
func spellsNumber(term string) bool {
	return strings.ContainsAny(term, "0123456789")
}

// typoBudget is how many typos a query word may have.
func typoBudget(w queryWord) int {
	if spellsNumber(w.term) {
		return 0
	}
	return allowedTypos(len(w.runes))
}

// distance is the edit distance of a and b in which the swap of two
// adjacent letters counts one edit, alone ("boluatre" / "boluarte") or
// among others ("infratsructre" / "infrastructure", a swap and a deletion):
// the optimal string alignment distance. levenshtein, which counts a swap
// as two edits, gives it wherever no swap can bring it within the budget
// k: at most one edit (a swap is two), or more than 2k (k swaps undo at
// most 2k of levenshtein's edits).
func (ix *Index) distance(a, b []rune, k int) int {
	ix.distances.Add(1)
	d := levenshtein.ComputeDistance(string(a), string(b))
	if d < 2 || d > 2*k {
		return d
	}
	return alignmentDistance(a, b)
}

// alignmentDistance is the optimal string alignment distance of a and b:
// insertions, deletions, substitutions and swaps of adjacent letters, each
// one edit, no letter edited twice.
func alignmentDistance(a, b []rune) int {
	// Three rows of the table: the two before the current one.
	var buf [3 * 32]int
	rows := buf[:0]
	if 3*(len(b)+1) > len(buf) {
		rows = make([]int, 0, 3*(len(b)+1))
	}
	rows = rows[:3*(len(b)+1)]
	prev2, prev, cur := rows[:len(b)+1], rows[len(b)+1:2*(len(b)+1)], rows[2*(len(b)+1):]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// counters is scratch space for counting shared bigrams, one counter per
// vocabulary entry, reset after use through the list of those touched.
type counters struct {
	n       []uint8
	touched []int32
}

var counterPool sync.Pool

// maxDistances bounds the edit distances one word may cost.
const maxDistances = 256

// fuzzy finds the vocabulary entries within k edits of w (whole words) or
// whose start is within k edits of w (prefix). It returns only those at
// the smallest distance found, the way a reader takes the nearest word,
// and that distance.
//
// Candidates are narrowed before any distance is computed: an entry within
// k edits of w shares at least |B(w)| - 3k of w's distinct bigrams B(w)
// (an edit destroys at most three, for a swap), so only entries of the
// right length (whole words) or with the bigrams near their start
// (prefixes) that reach that count, or floor if higher, are measured.
//
// Words made of few distinct bigrams ("zzzzzzzzz") narrow poorly, so the
// candidates sharing the most bigrams are measured first and at most
// maxDistances distances are computed per call.
func (ix *Index) fuzzy(w []rune, k int, prefix bool, floor int) (ids []int32, typos int) {
	if k == 0 || len(w) == 0 {
		return nil, 0
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

	minLen, maxLen := n-k, n+k
	maxPos := uint8(min(n+k, 255))
	var cands []int32
	for _, key := range keys {
		for _, g := range ix.grams[key] {
			r := len(ix.vocab[g.id].runes)
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
	best := k
	budget := maxDistances
	for _, id := range cands {
		if budget <= 0 {
			break
		}
		rs := ix.vocab[id].runes
		d := k + 1
		if prefix {
			// Compare with the entry's start at each length a typo could
			// leave it: "boloua" against "bolua", "boluar", "boluart".
			for l := max(n-k, 1); l <= min(n+k, len(rs)) && d > 0; l++ {
				d = min(d, ix.distance(w, rs[:l], k))
				budget--
			}
		} else {
			d = ix.distance(w, rs, k)
			budget--
		}
		if d > best {
			continue
		}
		if d < best {
			best, ids = d, ids[:0]
		}
		ids = append(ids, id)
	}
	return ids, best
}

func appendUnique(keys []uint64, k uint64) []uint64 {
	for _, x := range keys {
		if x == k {
			return keys
		}
	}
	return append(keys, k)
}
