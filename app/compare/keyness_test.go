package compare

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// TestKeyness checks G² against values worked out by hand.
func TestKeyness(t *testing.T) {
	tests := []struct {
		a, b, c, d int
		want       float64
	}{
		// a=4, b=1, c=10, d=20:
		//   E1 = 10·5/30 = 1.666667   E2 = 20·5/30 = 3.333333
		//   a ln(a/E1) = 4 ln 2.4 = 4 × 0.875469 = 3.501875
		//   b ln(b/E2) = 1 ln 0.3 = −1.203973
		//   G² = 2 × (3.501875 − 1.203973) = 4.595805
		{4, 1, 10, 20, 4.595805},
		// a=3, b=0, c=10, d=20: E1 = 10·3/30 = 1; b contributes 0;
		//   G² = 2 × 3 ln 3 = 6 × 1.098612 = 6.591674
		{3, 0, 10, 20, 6.591674},
		// The same rate in both texts: a/c = b/d, so E1 = a, E2 = b and G² = 0.
		//   a=2, b=4, c=10, d=20: E1 = 10·6/30 = 2, E2 = 20·6/30 = 4
		{2, 4, 10, 20, 0},
		// Empty texts and absent terms weigh nothing.
		{0, 0, 10, 20, 0},
		{1, 0, 10, 0, 0},
	}
	for _, tt := range tests {
		if got := Keyness(tt.a, tt.b, tt.c, tt.d); math.Abs(got-tt.want) > 1e-5 {
			t.Errorf("Keyness(%d, %d, %d, %d) = %.6f, want %.6f", tt.a, tt.b, tt.c, tt.d, got, tt.want)
		}
	}
}

func TestDistinctive(t *testing.T) {
	// Target, 10 tokens: copper ×4, port ×1, trade ×2, wine ×1, fruit ×1, salmon ×1.
	// Reference, 20 tokens: copper ×1, port ×6, trade ×4, other ×9.
	//   copper: a=4, b=1: 4/10 > 1/20, G² = 4.595805 (worked out in TestKeyness)
	//   trade:  a=2, b=4: 2/10 = 4/20, not over-used
	//   port:   a=1: under minTermCount, and under-used anyway
	//   wine, fruit, salmon: once each, under minTermCount
	target := strings.Fields("copper copper copper copper port trade trade wine fruit salmon")
	reference := strings.Fields("copper port port port port port port trade trade trade trade " +
		"other other other other other other other other other")
	got := distinctive(target, reference)
	want := []Term{{Term: "copper", Count: 4, Reference: 1, G2: 4.595805}}
	if len(got) != 1 || got[0].Term != want[0].Term || got[0].Count != 4 || got[0].Reference != 1 || math.Abs(got[0].G2-want[0].G2) > 1e-5 {
		t.Errorf("distinctive = %+v, want %+v", got, want)
	}
}

func TestTokens(t *testing.T) {
	skip := map[string]bool{"chile": true, "china": true}
	got := tokens("China-Chile anti-drug cooperation, Xi said; Chile's 5G and 2024 copper-mining, "+
		"the third in the 10th year, jointly taking ties to new heights.", skip)
	want := []string{"anti", "drug", "cooperation", "copper", "mining", "year", "taking", "ties"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
}

// TestSeedTerms checks the distinctive terms of each country: no names, no
// stop words, each with the sentences that use it, marked.
func TestSeedTerms(t *testing.T) {
	c := realCorpus(t)
	cmp := Compare(c, realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	names := nameWords(c.Lexicon)
	for _, name := range []string{"boric", "lópez", "obrador", "piñera", "xi", "chilean", "mexican", "latin"} {
		if !names[name] {
			t.Errorf("%q is not skipped as a name", name)
		}
	}
	want := map[string][]string{"cl": {"communication"}, "pe": {"chancay"}, "mx": {"drug", "hurricane"}}
	for _, p := range cmp.Profiles {
		if len(p.Terms) == 0 {
			t.Errorf("%s: no distinctive terms", p.Country)
		}
		var got []string
		for _, term := range p.Terms {
			got = append(got, term.Term)
			w := term.Term
			if names[w] || stopWords[w] || readoutWords[w] || speechVerbs[w] {
				t.Errorf("%s: %q is a name or a stop word", p.Country, w)
			}
			n := 0
			for _, e := range term.Evidence {
				for _, m := range marks(e) {
					if strings.ToLower(m) != w {
						t.Errorf("%s %s: %s#%d marks %q", p.Country, w, e.DocID, e.Sentence, m)
					}
					n++
				}
			}
			if n != term.Count {
				t.Errorf("%s %s: counted %d times, marked %d times", p.Country, w, term.Count, n)
			}
		}
		for _, w := range want[p.Country] {
			if !slices.Contains(got, w) {
				t.Errorf("%s: terms %q lack %q", p.Country, got, w)
			}
		}
	}
}
