package compare

import (
	"slices"
	"strconv"
	"testing"
)

// TestAttributedFollowsTheRule checks Attributed against countsFor, the rule
// written again in the test, for every country of the corpus and every
// sentence: nothing missing, nothing extra.
func TestAttributedFollowsTheRule(t *testing.T) {
	c := realCorpus(t)
	for _, country := range c.Lexicon.Countries {
		got := Attributed(c, country.Code)
		var want []Evidence
		for _, d := range c.Documents {
			for _, p := range d.Paragraphs {
				for i := range p.Sentences {
					if countsFor(c.Lexicon, d, &p.Sentences[i], country.Code) {
						want = append(want, Evidence{DocID: d.ID, Sentence: p.Sentences[i].N})
					}
				}
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d sentences, want %d", country.Code, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].DocID != want[i].DocID || got[i].Sentence != want[i].Sentence {
				t.Errorf("%s: sentence %d is %s#%d, want %s#%d", country.Code, i, got[i].DocID, got[i].Sentence, want[i].DocID, want[i].Sentence)
			}
		}
	}
}

func TestAttribution(t *testing.T) {
	c := realCorpus(t)
	tests := []struct {
		name   string
		doc    string
		n      int
		code   string
		reason string // "" when the sentence does not count
		marks  []string
	}{
		{"regional document naming Chile", "china-celac-journey-2016", 18, "cl", "names Chile", []string{"Chile"}},
		{"the same sentence names Colombia", "china-celac-journey-2016", 18, "co", "names Colombia", []string{"Columbia"}},
		{"regional sentence naming no country", "china-celac-journey-2016", 17, "cl", "", nil},
		{"demonym", "xi-boric-lima-2024", 8, "cl", "names Chile", []string{"Chilean", "Chile"}},
		{"compound", "xi-lopez-obrador-apec-2023", 6, "mx", "names Mexico", []string{"Mexico", "Mexico", "Mexican"}},
		{"its leader", "xi-boric-lima-2024", 3, "cl", "names Gabriel Boric", []string{"Boric"}},
		{"its leader, by surname", "xi-lopez-obrador-apec-2023", 13, "mx", "names Mexico", []string{"Mexico"}},
		{"focus document", "xi-boric-lima-2024", 5, "cl", "in a document about Chile", nil},
		{"focus document, anniversary", "xi-lopez-obrador-apec-2023", 4, "mx", "in a document about Mexico", nil},
		{"Peru's document is not Chile's", "xi-boluarte-beijing-2024", 7, "cl", "", nil},
		{"Peru's document is not Mexico's", "xi-boluarte-beijing-2024", 10, "mx", "", nil},
		{"Peru's document, Chancay", "xi-boluarte-beijing-2024", 10, "pe", "names Peru", []string{"Peru"}},
		{"China's leader is not Chile's", "xi-boric-lima-2024", 4, "cl", "in a document about Chile", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, s := sentence(t, c, tt.doc, tt.n)
			ev, ok := attribute(c.Lexicon, d, s, tt.code)
			if ok != (tt.reason != "") || ev.Reason != tt.reason {
				t.Fatalf("attribute = %q, %v; want %q", ev.Reason, ok, tt.reason)
			}
			if ok != countsFor(c.Lexicon, d, s, tt.code) {
				t.Errorf("the rule says %v", !ok)
			}
			if got := marks(ev); !slices.Equal(got, tt.marks) {
				t.Errorf("marks %q, want %q", got, tt.marks)
			}
			if ok && (ev.Text != s.Text || ev.Link() != "/doc/"+tt.doc+"#s-"+strconv.Itoa(tt.n)) {
				t.Errorf("evidence %+v, link %s", ev, ev.Link())
			}
		})
	}
}
