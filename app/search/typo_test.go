package search

import (
	"maps"
	"math/rand"
	"slices"
	"testing"
)

func TestAllowedTypos(t *testing.T) {
	for n, want := range []int{0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2} {
		if got := allowedTypos(n); got != want {
			t.Errorf("allowedTypos(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	ix := New(nil)
	for _, tc := range []struct {
		a, b string
		k    int // the budget it is computed for
		want int
	}{
		{"copper", "copper", 1, 0},
		{"coper", "copper", 1, 1},
		{"boluatre", "boluarte", 1, 1},            // one swap
		{"pniera", "pinera", 1, 1},                // a swap at the start
		{"infratsructre", "infrastructure", 2, 2}, // a swap and a deletion
		{"protcetionsim", "protectionism", 2, 2},  // two swaps
		{"trafickign", "trafficking", 2, 2},       // a deletion and a swap
		{"abcd", "badc", 2, 2},                    // two swaps, side by side
		{"ca", "abc", 2, 3},                       // no letter edited twice
		{"kitten", "sitting", 3, 3},
		{"chanc", "chant", 1, 1},
		{"xyz", "abcdefgh", 2, 8}, // beyond the budget: levenshtein's figure
		{"", "abc", 1, 3},
	} {
		if got := ix.distance([]rune(tc.a), []rune(tc.b), tc.k); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestDistanceWithinBudget checks, over random words, that distance takes
// levenshtein's shortcut only where it agrees with the full alignment
// distance: within the budget the two always agree, beyond it both are.
func TestDistanceWithinBudget(t *testing.T) {
	ix := New(nil)
	r := rand.New(rand.NewSource(1))
	word := func() []rune {
		w := make([]rune, 1+r.Intn(10))
		for i := range w {
			w[i] = rune('a' + r.Intn(4))
		}
		return w
	}
	for range 20000 {
		a, b := word(), word()
		if r.Intn(2) == 0 { // a near word: swaps and an edit
			b = slices.Clone(a)
			for range 1 + r.Intn(2) {
				if i := r.Intn(len(b)); i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
			if r.Intn(2) == 0 {
				b = slices.Delete(b, 0, min(1, len(b)-1))
			}
		}
		for k := 1; k <= 2; k++ {
			got, want := ix.distance(a, b, k), alignmentDistance(a, b)
			if (want <= k || got <= k) && got != want {
				t.Fatalf("distance(%q, %q) within %d = %d, alignment distance %d", string(a), string(b), k, got, want)
			}
		}
	}
}

// TestTypoBudget checks the budget by the length of the word typed, and
// that a word with a digit has none.
func TestTypoBudget(t *testing.T) {
	ix := New([]Doc{
		body("port", "Port", "The port of Chancay."),
		body("pact", "Pact", "The agreement of 2016."),
		body("infra", "Works", "The infrastructure grew."),
	})
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"prot ", nil},                        // 4 letters: no typo
		{"chancai ", []string{"port"}},        // 7 letters: one typo
		{"chnacai ", nil},                     // 7 letters: two typos
		{"agrement ", []string{"pact"}},       // 8 letters: one typo
		{"agremnet ", nil},                    // 8 letters: two typos
		{"infrastrcture ", []string{"infra"}}, // 13 letters: one typo
		{"infratsructre ", []string{"infra"}}, // a swap and a deletion: two
		{"infratsrcutre ", nil},               // three
		{"2106 ", nil},                        // a number: no typo
	} {
		if got := ids(ix.Search(Query{Text: tc.query})); !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}

// TestCandidatesOnce checks that a term a word matches both as a prefix
// and through a typo is a candidate once, as the prefix: its postings are
// then walked once.
func TestCandidatesOnce(t *testing.T) {
	ix := New([]Doc{body("d", "Port", "A chance for Chancay, a chant.")})
	pq := parseQuery("chanc")
	cands := ix.candidates(pq.clauses[0].words[0], true)
	kinds := map[string]matchKind{}
	for _, c := range cands {
		word := ix.terms[c.term].orig
		if _, dup := kinds[word]; dup {
			t.Errorf("%q is a candidate twice", word)
		}
		kinds[word] = c.kind
	}
	want := map[string]matchKind{"chance": matchPrefix, "chancay": matchPrefix, "chant": matchTypo1}
	if !maps.Equal(kinds, want) {
		t.Errorf("candidates of chanc: %v, want %v", kinds, want)
	}
}
