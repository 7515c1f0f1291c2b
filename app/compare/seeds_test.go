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
		cmp := Compare(c, realFacts(t), ParseSelection(c, raw))
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
	cmp := Compare(c, realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
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
	cmp := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
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

// TestTimelineShowsEveryDocument checks that every document of the corpus
// is on the time line: in the lane of each country it has sentences for,
// and among the others if none.
func TestTimelineShowsEveryDocument(t *testing.T) {
	c := realCorpus(t)
	for _, tt := range []struct{ countries, others string }{
		{"cl,pe,mx", ""},
		{"cl,pe", "xi-lopez-obrador-apec-2023"},
		{"mx,cu", "xi-pinera-call-2020 xi-boluarte-beijing-2024 xi-boric-lima-2024"},
	} {
		sel := ParseSelection(c, tt.countries)
		tl := Compare(c, realFacts(t), sel).Timeline
		var others []string
		for _, d := range tl.Others() {
			others = append(others, d.ID)
		}
		if got := strings.Join(others, " "); got != tt.others {
			t.Errorf("%s: others %q, want %q", tt.countries, got, tt.others)
		}
		for _, d := range c.Documents {
			in := 0
			for _, code := range sel.Countries {
				if slices.ContainsFunc(tl.Lane(code), func(l TimelineDoc) bool { return l.ID == d.ID }) {
					in++
				}
			}
			if other := slices.Contains(others, d.ID); (in == 0) != other {
				t.Errorf("%s: %s is in %d lanes, among the others: %v", tt.countries, d.ID, in, other)
			}
		}
	}
}

// TestSeedQuotes checks the key quotes are reported speech from the
// country's sentences, one or two, one for each side where both speak, from
// two documents when there are, and quoted without datelines.
func TestSeedQuotes(t *testing.T) {
	c := realCorpus(t)
	cmp := Compare(c, realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	want := map[string][]string{
		"cl": {"own Gabriel Boric xi-boric-lima-2024#12", "china Xi Jinping xi-pinera-call-2020#4"},
		// Boluarte is never reported speaking: both quotes are Xi's.
		"pe": {"china Xi Jinping xi-boluarte-beijing-2024#5", "china Xi Jinping xi-boluarte-beijing-2024#7"},
		"mx": {"own Andrés Manuel López Obrador xi-lopez-obrador-apec-2023#13", "china Xi Jinping xi-lopez-obrador-apec-2023#1"},
	}
	for _, p := range cmp.Profiles {
		var got []string
		for _, q := range p.Quotes {
			got = append(got, q.Side+" "+q.Speaker+" "+q.Evidence.DocID+"#"+strconv.Itoa(q.Evidence.Sentence))
			if !reported(q.Text) {
				t.Errorf("%s: not reported speech: %s", p.Country, q.Text)
			}
			if !strings.HasSuffix(q.Evidence.Text, q.Text) || dateline(q.Text) != 0 || strings.Contains(q.Text, "(Xinhua)") {
				t.Errorf("%s: quotes %q of %q", p.Country, q.Text, q.Evidence.Text)
			}
		}
		if !slices.Equal(got, want[p.Country]) {
			t.Errorf("%s quotes %q, want %q", p.Country, got, want[p.Country])
		}
		if p.Documents.Count > 1 && len(p.Quotes) == 2 && p.Quotes[0].Evidence.DocID == p.Quotes[1].Evidence.DocID {
			t.Errorf("%s: both quotes from %s", p.Country, p.Quotes[0].Evidence.DocID)
		}
	}
	// The dateline is left out of the quote, not of the evidence.
	if q := cmp.Profiles[2].Quotes[1]; !strings.HasPrefix(q.Text, "Chinese President Xi Jinping on Thursday called") ||
		!strings.HasPrefix(q.Evidence.Text, "SAN FRANCISCO, Nov. 16 (Xinhua) — ") {
		t.Errorf("Mexico's second quote %q, of %q", q.Text, q.Evidence.Text)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ text, rest string }{
		{"SAN FRANCISCO, Nov. 16 (Xinhua) — Chinese President Xi Jinping on Thursday called for more.", "Chinese President Xi Jinping on Thursday called for more."},
		{"BEIJING: Chinese President Xi Jinping said on Friday that China stands ready.", "Chinese President Xi Jinping said on Friday that China stands ready."},
		{"LIMA (Reuters) - Peru said.", "Peru said."},
		{"Xi said: we will work together.", "Xi said: we will work together."},               // not capitals
		{"APEC members met in Lima — and agreed.", "APEC members met in Lima — and agreed."}, // no comma, colon or bracket after the capitals
		{"I said: no.", "I said: no."},
		{"US$35 billion was lent.", "US$35 billion was lent."},
		{"CHINA, as the partner of every comparison, and the countries of the region, which are many, agreed — at last.", "CHINA, as the partner of every comparison, and the countries of the region, which are many, agreed — at last."}, // too long
	}
	for _, tt := range tests {
		if got := tt.text[dateline(tt.text):]; got != tt.rest {
			t.Errorf("%q without its dateline: %q, want %q", tt.text, got, tt.rest)
		}
	}
}

func TestSpeaker(t *testing.T) {
	c := realCorpus(t)
	tests := []struct {
		doc     string
		n       int
		speaker string // "" for none
	}{
		{"xi-lopez-obrador-apec-2023", 13, "andres-manuel-lopez-obrador"}, // "For his part, López said"
		{"xi-lopez-obrador-apec-2023", 1, "xi-jinping"},                   // "Chinese President Xi Jinping on Thursday called for"
		{"xi-boluarte-beijing-2024", 5, "xi-jinping"},                     // "…, said Xi."
		{"xi-pinera-call-2020", 9, "sebastian-pinera"},                    // "Piñera praised"
		{"xi-pinera-call-2020", 1, "xi-jinping"},                          // Xi speaks, Piñera is spoken to
		{"xi-boluarte-beijing-2024", 2, ""},                               // "Xi made the remarks while holding talks … with … Boluarte"
		{"xi-boric-lima-2024", 13, ""},                                    // "He emphasized"
		{"xi-lopez-obrador-apec-2023", 15, ""},                            // "The Mexican president noted"
	}
	for _, tt := range tests {
		_, s := sentence(t, c, tt.doc, tt.n)
		if got := speaker(s); got != tt.speaker {
			t.Errorf("%s#%d: speaker %q, want %q", tt.doc, tt.n, got, tt.speaker)
		}
	}
}
