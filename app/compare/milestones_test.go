package compare

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"chinalac/app/corpus"
)

func TestOrdinal(t *testing.T) {
	tests := []struct {
		s    string
		want int // 0: not an ordinal
	}{
		{"50th", 50}, {"1st", 1}, {"2nd", 2}, {"3rd", 3}, {"11th", 11}, {"21st", 21}, {"112th", 112},
		{"first", 1}, {"tenth", 10}, {"nineteenth", 19}, {"fiftieth", 50}, {"fifty-fifth", 55},
		{"seventy-first", 71}, {"hundredth", 100},
		{"50", 0}, {"th", 0}, {"1th", 0}, {"11st", 0}, {"0th", 0}, {"fifty", 0}, {"fifty-", 0}, {"fiftieth-first", 0}, {"", 0},
	}
	for _, tt := range tests {
		n, ok := ordinal(tt.s)
		if ok != (tt.want > 0) || n != tt.want && ok {
			t.Errorf("ordinal(%q) = %d, %v; want %d", tt.s, n, ok, tt.want)
		}
	}
}

func TestMilestonesIn(t *testing.T) {
	doc := func(date string, inferred bool) *corpus.Document {
		d, err := corpus.ParseDate(date)
		if err != nil {
			t.Fatal(err)
		}
		return &corpus.Document{Date: d, DateInferred: inferred}
	}
	d2020, d2023, d2024 := doc("2020-12-16", false), doc("2023-11-16", true), doc("2024-06-28", false)
	bri := "The meeting followed Boric's state visit to China over one year ago, which saw the two nations sign a cooperation plan on jointly building the Belt and Road."
	briAt := strings.Index(bri, "Belt and Road")
	type want struct {
		m     Milestone // without Evidence
		marks string    // the marked words, joined by " | "
	}
	tests := []struct {
		text     string
		mentions []corpus.Mention
		doc      *corpus.Document
		want     []want
	}{
		{
			"Chile was the first continental Latin American country to establish diplomatic relations with the People's Republic of China " +
				"and this year marks the 50th anniversary of the establishment of diplomatic ties between the two countries.", nil, d2020,
			[]want{
				{Milestone{Kind: Anniversary, Ordinal: 50, Of: "the establishment of diplomatic ties", Diplomatic: true, When: "this year",
					Year: 2020, Dating: "“this year” in a text of 2020-12-16", Founded: 1970}, "this year | 50th anniversary of the establishment of diplomatic ties"},
				// The anniversary dates the first.
				{Milestone{Kind: First, What: "the first continental Latin American country to establish diplomatic relations with the People's Republic of China",
					Diplomatic: true, Year: 1970, Dating: "from the 50th anniversary in 2020"}, "the first continental Latin American country to establish diplomatic relations with the People's Republic of China"},
			},
		},
		{
			"The two countries are set to mark the 55th anniversary of diplomatic ties next year.", nil, d2023,
			[]want{{Milestone{Kind: Anniversary, Ordinal: 55, Of: "diplomatic ties", Diplomatic: true, When: "next year", Year: 2024,
				Dating: "“next year” in a text of 2023-11-16, an inferred date", Founded: 1969}, "55th anniversary of diplomatic ties | next year"}},
		},
		{
			"They are celebrating the 10th anniversary of their Comprehensive Strategic Association.", nil, d2023,
			[]want{{Milestone{Kind: Anniversary, Ordinal: 10, Of: "their Comprehensive Strategic Association", Year: 2023,
				Dating: "the year of its text, 2023-11-16, an inferred date", Founded: 2013}, "10th anniversary of their Comprehensive Strategic Association"}},
		},
		{
			"They exchanged messages on the 50th anniversary and agreed to meet.", nil, d2020,
			[]want{{Milestone{Kind: Anniversary, Ordinal: 50, Year: 2020, Dating: "the year of its text, 2020-12-16", Founded: 1970}, "50th anniversary"}},
		},
		{
			// The nearest year phrase dates each anniversary.
			"Last year was the 20th anniversary of the forum, and next year will be the fifty-fifth anniversary of ties.", nil, d2024,
			[]want{
				{Milestone{Kind: Anniversary, Ordinal: 20, Of: "the forum", When: "last year", Year: 2023, Dating: "“last year” in a text of 2024-06-28", Founded: 2003}, "Last year | 20th anniversary of the forum"},
				{Milestone{Kind: Anniversary, Ordinal: 55, Of: "ties", When: "next year", Year: 2025, Dating: "“next year” in a text of 2024-06-28", Founded: 1970}, "next year | fifty-fifth anniversary of ties"},
			},
		},
		// A stated year dates the clause it stands in.
		{
			"China supports Peru in hosting the 2024 APEC Leaders’ Informal Meeting and maintaining the correct direction of cooperation, he added.", nil, d2024,
			[]want{{Milestone{Kind: Event, What: "China supports Peru in hosting the 2024 APEC Leaders’ Informal Meeting", When: "2024", Year: 2024},
				"China supports Peru in hosting the 2024 APEC Leaders’ Informal Meeting"}},
		},
		// A year phrase that dates no anniversary dates its clause; brackets do not end it.
		{
			"Xi voiced support, voicing support for this year’s Asia-Pacific Economic Cooperation (APEC) Economic Leaders’ Meeting to be hosted by Peru.", nil, d2024,
			[]want{{Milestone{Kind: Event, What: "voicing support for this year’s Asia-Pacific Economic Cooperation (APEC) Economic Leaders’ Meeting to be hosted by Peru",
				When: "this year", Year: 2024, Dating: "“this year” in a text of 2024-06-28"},
				"voicing support for this year’s Asia-Pacific Economic Cooperation (APEC) Economic Leaders’ Meeting to be hosted by Peru"}},
		},
		// A time ago is approximate; the relative clause after it says what happened, and a name is not cut at its "and".
		{
			bri, []corpus.Mention{{Kind: corpus.KindOrganisation, Entity: "belt-and-road", Start: briAt, End: briAt + len("Belt and Road")}}, doc("2024-11-15", true),
			[]want{{Milestone{Kind: Event, What: strings.TrimSuffix(bri, "."), When: "over one year ago", Year: 2023, About: true,
				Dating: "“over one year ago” in a text of 2024-11-15, an inferred date"}, strings.TrimSuffix(bri, ".")}},
		},
		{
			"The route opened two years ago and has grown since.", nil, d2020,
			[]want{{Milestone{Kind: Event, What: "The route opened two years ago", When: "two years ago", Year: 2018, About: true,
				Dating: "“two years ago” in a text of 2020-12-16"}, "The route opened two years ago"}},
		},
		// No year, no milestone.
		{"Peru is the first Latin American country to sign free trade agreements with China.", nil, d2024, nil},
		{"Peru is one of the first Latin American countries to establish diplomatic ties with China.", nil, d2024, nil},
		{"The Chancay Port will be completed on schedule.", nil, d2024, nil},
		{"The 30th APEC Economic Leaders' Meeting opened this year.", nil, d2023,
			[]want{{Milestone{Kind: Event, What: "The 30th APEC Economic Leaders' Meeting opened this year", When: "this year", Year: 2023,
				Dating: "“this year” in a text of 2023-11-16, an inferred date"}, "The 30th APEC Economic Leaders' Meeting opened this year"}}},
		{"Its anniversary falls next year.", nil, d2023,
			[]want{{Milestone{Kind: Event, What: "Its anniversary falls next year", When: "next year", Year: 2024,
				Dating: "“next year” in a text of 2023-11-16, an inferred date"}, "Its anniversary falls next year"}}},
		// Numbers that are not years.
		{"Trade grew by 2024 million dollars, and 1000 young leaders were trained during the COVID-19 pandemic.", nil, d2024, nil},
		{"China lent US$2024 million.", nil, d2024, nil},
	}
	for _, tt := range tests {
		s := &corpus.Sentence{N: 1, Text: tt.text, Mentions: tt.mentions}
		got := milestonesIn(s, tt.doc)
		if len(got) != len(tt.want) {
			t.Errorf("%q: %d milestones, want %d: %+v", tt.text, len(got), len(tt.want), got)
			continue
		}
		for i, m := range got {
			if len(m.Evidence) != 1 {
				t.Errorf("%q: %d pieces of evidence", tt.text, len(m.Evidence))
				continue
			}
			ev := m.Evidence[0]
			ev.Text = tt.text
			if got := strings.Join(marks(ev), " | "); got != tt.want[i].marks {
				t.Errorf("%q: marks %q, want %q", tt.text, got, tt.want[i].marks)
			}
			m.Evidence, m.names, m.rank = nil, nil, 0
			if !reflect.DeepEqual(m, tt.want[i].m) {
				t.Errorf("%q:\n%+v\nwant\n%+v", tt.text, m, tt.want[i].m)
			}
		}
	}
}

func TestSame(t *testing.T) {
	ann := func(n, year int, of string) Milestone {
		return Milestone{Kind: Anniversary, Ordinal: n, Year: year, Of: of, Diplomatic: strings.Contains(of, "diplomatic")}
	}
	event := func(year int, what string, names ...string) Milestone {
		return Milestone{Kind: Event, Year: year, What: what, names: names}
	}
	tests := []struct {
		a, b Milestone
		want bool
	}{
		{ann(50, 2020, "diplomatic relations"), ann(50, 2020, "the establishment of diplomatic ties"), true},
		{ann(50, 2020, "diplomatic relations"), ann(50, 2020, ""), true}, // one leaves unsaid what it is of
		{ann(50, 2020, "diplomatic relations"), ann(50, 2021, "diplomatic relations"), false},
		{ann(10, 2023, "their Comprehensive Strategic Association"), ann(10, 2023, "the China-CELAC Forum"), false},
		{ann(10, 2023, "the forum"), ann(10, 2023, "The Forum"), true},
		{event(2024, "hosting the 2024 APEC meeting", "apec"), event(2024, "this year's APEC meeting", "apec"), true},
		{event(2024, "hosting the 2024 APEC meeting", "apec"), event(2023, "the APEC meeting", "apec"), false},
		{event(2024, "the port opened", "chancay"), event(2024, "hosting the meeting", "apec"), false},
		{event(2024, "the port opened"), event(2024, "The port opened"), true},
		{event(2024, "the port opened"), Milestone{Kind: First, Year: 2024, What: "the port opened"}, false},
	}
	for _, tt := range tests {
		if got := same(tt.a, tt.b); got != tt.want {
			t.Errorf("same(%+v, %+v) = %v", tt.a, tt.b, got)
		}
	}
}

// TestSeedMilestones pins the milestones the texts give, with their years
// and every sentence that gives each.
func TestSeedMilestones(t *testing.T) {
	cmp := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	want := map[string][]string{
		"cl": {
			// "Chile was the first continental Latin American country to establish diplomatic relations ... and this year marks the 50th anniversary"
			"first 1970 xi-pinera-call-2020#7",
			// "fiftieth anniversary of the establishment of diplomatic relations", "this year marks the 50th anniversary", "on the 50th anniversary": one
			"anniversary 2020 xi-pinera-call-2020#2 xi-pinera-call-2020#7 xi-pinera-call-2020#8",
			// "followed Boric's state visit to China over one year ago, which saw the two nations sign a cooperation plan on jointly building the Belt and Road"
			"event ~2023 xi-boric-lima-2024#3",
			// "the 55th anniversary of diplomatic ties next year"
			"anniversary 2025 xi-boric-lima-2024#1",
		},
		"pe": {
			// "this year's ... APEC Economic Leaders' Meeting to be hosted by Peru", "hosting the 2024 APEC Leaders' Informal Meeting": one
			"event 2024 xi-boluarte-beijing-2024#1 xi-boluarte-beijing-2024#12",
		},
		"mx": {
			"anniversary 2022 xi-lopez-obrador-apec-2023#3",  // "last year ... 50th anniversary of their diplomatic ties"
			"anniversary 2023 xi-lopez-obrador-apec-2023#4",  // "10th anniversary of their Comprehensive Strategic Association"
			"anniversary 2024 xi-lopez-obrador-apec-2023#11", // "next year ... 10th anniversary of the China-CELAC Forum"
		},
	}
	for _, p := range cmp.Profiles {
		var got []string
		for _, m := range p.Milestones {
			s := m.Kind + " " + strconv.Itoa(m.Year)
			if m.About {
				s = m.Kind + " ~" + strconv.Itoa(m.Year)
			}
			for _, e := range m.Evidence {
				s += " " + e.DocID + "#" + strconv.Itoa(e.Sentence)
			}
			got = append(got, s)
		}
		if strings.Join(got, "\n") != strings.Join(want[p.Country], "\n") {
			t.Errorf("%s milestones\n%s\nwant\n%s", p.Country, strings.Join(got, "\n"), strings.Join(want[p.Country], "\n"))
		}
	}
	labels := map[string]string{
		"cl": "the first continental Latin American country to establish diplomatic relations with the People's Republic of China (1970, from the 50th anniversary in 2020)",
		"pe": "China supports Peru in hosting the 2024 APEC Leaders’ Informal Meeting (2024)",
		"mx": "50th anniversary of their diplomatic ties (2022, “last year” in a text of 2023-11-16, an inferred date; since 1972)",
	}
	for _, p := range cmp.Profiles {
		if len(p.Milestones) > 0 && p.Milestones[0].Label() != labels[p.Country] {
			t.Errorf("%s: %q, want %q", p.Country, p.Milestones[0].Label(), labels[p.Country])
		}
	}
}

func TestMilestoneLabel(t *testing.T) {
	tests := []struct {
		m    Milestone
		want string
	}{
		{Milestone{Kind: Anniversary, Ordinal: 50, Of: "their diplomatic ties", Year: 2022, Founded: 1972}, "50th anniversary of their diplomatic ties (2022; since 1972)"},
		{Milestone{Kind: Anniversary, Ordinal: 21, Year: 2020, Founded: 1999, Dating: "the year of its text, 2020-12-16"}, "21st anniversary (2020, the year of its text, 2020-12-16; since 1999)"},
		{Milestone{Kind: Anniversary, Ordinal: 12, Year: 2020, Founded: 2008}, "12th anniversary (2020; since 2008)"},
		{Milestone{Kind: Anniversary, Ordinal: 3, Year: 2020, Founded: 2017}, "3rd anniversary (2020; since 2017)"},
		{Milestone{Kind: Event, What: "the port opened two years ago", Year: 2018, About: true, Dating: "“two years ago” in a text of 2020-01-01"},
			"the port opened two years ago (about 2018, “two years ago” in a text of 2020-01-01)"},
		{Milestone{Kind: Event, What: "hosting the 2024 APEC meeting", Year: 2024}, "hosting the 2024 APEC meeting (2024)"},
	}
	for _, tt := range tests {
		if got := tt.m.Label(); got != tt.want {
			t.Errorf("Label() = %q, want %q", got, tt.want)
		}
	}
}
