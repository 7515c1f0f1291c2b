package compare

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEvidenceFollowsTheRule checks every sentence the comparison cites,
// in every section, against the attribution rule, for several selections.
func TestEvidenceFollowsTheRule(t *testing.T) {
	c := realCorpus(t)
	for _, raw := range []string{"cl,pe,mx", "pe,cl", "mx,co,ar,cu"} {
		cmp := Compare(c, ParseSelection(c, raw))
		rows := cmp.EvidenceRows()
		if len(rows) == 0 {
			t.Fatalf("%s: no evidence", raw)
		}
		for _, r := range rows {
			d, s := sentence(t, c, r.Doc, r.Sentence)
			if r.Text != s.Text {
				t.Errorf("%s %s: the text of %s#%d is not the sentence's", r.Country, r.Section, r.Doc, r.Sentence)
			}
			if !countsFor(c.Lexicon, d, s, r.Country) {
				t.Errorf("%s %s %q: %s#%d does not count for the country: %s", r.Country, r.Section, r.Item, r.Doc, r.Sentence, s.Text)
			}
		}
	}
}

// evidenceOf returns the comparison's evidence rows for one country and
// section ("" for all sections).
func evidenceOf(rows []EvidenceRow, code, section string) []EvidenceRow {
	var out []EvidenceRow
	for _, r := range rows {
		if r.Country == code && (section == "" || r.Section == section) {
			out = append(out, r)
		}
	}
	return out
}

// TestSeedProfiles pins what the texts say about each country.
func TestSeedProfiles(t *testing.T) {
	c := realCorpus(t)
	cmp := Compare(c, Selection{Countries: []string{"cl", "pe", "mx"}})
	rows := cmp.EvidenceRows()
	has := func(code, section, item, inText string) bool {
		return slices.ContainsFunc(evidenceOf(rows, code, section), func(r EvidenceRow) bool {
			return r.Item == item && strings.Contains(r.Text, inText)
		})
	}
	theme := func(id string) string { th, _ := c.Lexicon.Theme(id); return th.Name }
	tests := []struct {
		code, section, item, inText string
	}{
		{"cl", "theme", theme("mining"), "copper"},
		{"cl", "agreement", "Upgrade of the free trade agreement", "upgraded bilateral free trade agreement"},
		{"cl", "agreement", "Upgrade of the free trade agreement", "upgraded China-Chile FTA"},
		{"cl", "agreement", "Belt and Road Initiative", "Belt and Road"},
		{"cl", "agreement", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "Boric"},
		{"cl", "relationship", "Comprehensive strategic partnership", "China-Chile comprehensive strategic partnership"},
		{"cl", "own-people", "Gabriel Boric", "Boric"},
		{"cl", "own-people", "Sebastián Piñera", "Piñera"},
		{"cl", "china-people", "Xi Jinping", "Xi"},
		{"pe", "theme", theme("infrastructure"), "Chancay"},
		{"pe", "figure", "rank: the first Latin American country to sign free trade agreements with China", "free trade agreements"},
		{"pe", "agreement", "Free trade agreement", "first Latin American country to sign free trade agreements"},
		{"pe", "relationship", "Comprehensive strategic partnership", "comprehensive strategic partnership"},
		{"pe", "own-people", "Dina Boluarte", "Dina Ercilia Boluarte Zegarra"},
		{"mx", "theme", theme("vehicles"), "electric vehicles"},
		{"mx", "theme", theme("finance"), "finance"},
		{"mx", "theme", theme("security"), "anti-drug"},
		{"mx", "theme", theme("security"), "drug production and trafficking"},
		{"mx", "agreement", "China-CELAC Forum", "10th anniversary of the China-CELAC Forum"},
		{"mx", "relationship", "Comprehensive strategic partnership", "Comprehensive Strategic Association"},
		{"mx", "own-people", "Andrés Manuel López Obrador", "López"},
		{"mx", "figure", "multiple: 7,000 times", "7,000 times"},
	}
	for _, tt := range tests {
		if !has(tt.code, tt.section, tt.item, tt.inText) {
			t.Errorf("%s %s: no %q in a sentence with %q", tt.code, tt.section, tt.item, tt.inText)
		}
	}

	// What a country does not have.
	absent := []struct {
		code, section, item string
	}{
		{"pe", "agreement", "Upgrade of the free trade agreement"},
		{"mx", "agreement", "Free trade agreement"},
		{"pe", "theme", theme("vehicles")},
		{"cl", "theme", theme("security")},
	}
	for _, tt := range absent {
		if has(tt.code, tt.section, tt.item, "") {
			t.Errorf("%s %s: has %q", tt.code, tt.section, tt.item)
		}
	}
	for _, code := range []string{"cl", "mx"} {
		for _, r := range evidenceOf(rows, code, "") {
			if strings.Contains(r.Text, "Chancay") {
				t.Errorf("%s %s cites Chancay: %s#%d", code, r.Section, r.Doc, r.Sentence)
			}
		}
	}
}

// TestSeedDocuments checks which documents each country's sentences come
// from: the regional one only where it names the country, and no document
// about another country unless it names this one.
func TestSeedDocuments(t *testing.T) {
	cmp := Compare(realCorpus(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	want := map[string]string{
		"cl": "china-celac-journey-2016:2 xi-pinera-call-2020:10* xi-boric-lima-2024:16*",
		"pe": "xi-boluarte-beijing-2024:13*",
		"mx": "xi-lopez-obrador-apec-2023:19*",
	}
	for i, p := range cmp.Profiles {
		var got []string
		for _, d := range p.Documents.List {
			s := d.ID + ":" + strconv.Itoa(d.Sentences)
			if d.About {
				s += "*"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != want[p.Country] {
			t.Errorf("%s documents %s, want %s", p.Country, g, want[p.Country])
		}
		if p.Documents.Count != len(p.Documents.List) || p.Documents.First != p.Documents.List[0].Date ||
			p.Documents.Last != p.Documents.List[len(p.Documents.List)-1].Date {
			t.Errorf("%s: %+v", p.Country, p.Documents)
		}
		// The timeline lane has the same documents.
		var lane []string
		for _, d := range cmp.Timeline.Lane(p.Country) {
			lane = append(lane, d.ID+":"+strconv.Itoa(d.Sentences[i]))
		}
		if g := strings.Join(lane, " "); g != strings.ReplaceAll(want[p.Country], "*", "") {
			t.Errorf("%s lane %s", p.Country, g)
		}
	}
	if n := len(cmp.Timeline.Documents); n != 5 {
		t.Errorf("timeline of %d documents, want all 5", n)
	}
}

// TestSeedQuotes checks the key quotes are reported speech from the
// country's sentences, one or two, from two documents when there are.
func TestSeedQuotes(t *testing.T) {
	c := realCorpus(t)
	cmp := Compare(c, Selection{Countries: []string{"cl", "pe", "mx"}})
	for _, p := range cmp.Profiles {
		if n := len(p.Quotes); n < 1 || n > 2 {
			t.Errorf("%s: %d quotes", p.Country, n)
		}
		for _, q := range p.Quotes {
			if !reported(q.Text) {
				t.Errorf("%s: not reported speech: %s", p.Country, q.Text)
			}
		}
		if p.Documents.Count > 1 && len(p.Quotes) == 2 && p.Quotes[0].DocID == p.Quotes[1].DocID {
			t.Errorf("%s: both quotes from %s", p.Country, p.Quotes[0].DocID)
		}
	}
	again := Compare(c, Selection{Countries: []string{"cl", "pe", "mx"}})
	for i := range cmp.Profiles {
		if !slices.EqualFunc(cmp.Profiles[i].Quotes, again.Profiles[i].Quotes, func(a, b Evidence) bool {
			return a.DocID == b.DocID && a.Sentence == b.Sentence
		}) {
			t.Errorf("%s: quotes differ from one run to the next", cmp.Profiles[i].Country)
		}
	}
}
