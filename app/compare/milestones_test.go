package compare

import (
	"reflect"
	"slices"
	"testing"
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

func TestAnniversaries(t *testing.T) {
	tests := []struct {
		text string
		year int // of the document
		want []Milestone
	}{
		{
			"Chile was the first to do so and this year marks the 50th anniversary of the establishment of diplomatic ties between the two countries.", 2020,
			[]Milestone{{Ordinal: 50, Of: "the establishment of diplomatic ties", Diplomatic: true, When: "this year", Year: 2020, Founded: 1970}},
		},
		{
			"The two countries are set to mark the 55th anniversary of diplomatic ties next year.", 2024,
			[]Milestone{{Ordinal: 55, Of: "diplomatic ties", Diplomatic: true, When: "next year", Year: 2025, Founded: 1970}},
		},
		{
			"Both countries held a series of activities last year to celebrate the 50th anniversary of their diplomatic ties.", 2023,
			[]Milestone{{Ordinal: 50, Of: "their diplomatic ties", Diplomatic: true, When: "last year", Year: 2022, Founded: 1972}},
		},
		{
			"They are celebrating the 10th anniversary of their Comprehensive Strategic Association.", 2023,
			[]Milestone{{Ordinal: 10, Of: "their Comprehensive Strategic Association", Year: 2023, Founded: 2013}},
		},
		{
			"The conversation coincided with the fiftieth anniversary of the establishment of diplomatic relations between Beijing and Chile.", 2020,
			[]Milestone{{Ordinal: 50, Of: "the establishment of diplomatic relations", Diplomatic: true, Year: 2020, Founded: 1970}},
		},
		{
			"They exchanged messages on the 50th anniversary and agreed to meet.", 2020,
			[]Milestone{{Ordinal: 50, Year: 2020, Founded: 1970}},
		},
		{
			// The nearest year phrase dates each anniversary.
			"Last year was the 20th anniversary of the forum, and next year will be the fifty-fifth anniversary of ties.", 2024,
			[]Milestone{
				{Ordinal: 20, Of: "the forum", When: "last year", Year: 2023, Founded: 2003},
				{Ordinal: 55, Of: "ties", When: "next year", Year: 2025, Founded: 1970},
			},
		},
		{"The 30th APEC Economic Leaders' Meeting opened this year.", 2023, nil},
		{"Its anniversary falls next year.", 2023, nil},
	}
	for _, tt := range tests {
		got := anniversaries(tt.text, tt.year)
		for i := range got {
			if got[i].Evidence.Marks == nil {
				t.Errorf("%q: no marks", tt.text)
			}
			got[i].Evidence = Evidence{}
		}
		if !slices.EqualFunc(got, tt.want, func(a, b Milestone) bool { return reflect.DeepEqual(a, b) }) {
			t.Errorf("anniversaries(%q, %d) =\n%+v\nwant\n%+v", tt.text, tt.year, got, tt.want)
		}
	}
}

// TestSeedMilestones pins the anniversaries the texts give, with the years
// the document dates resolve them to.
func TestSeedMilestones(t *testing.T) {
	cmp := Compare(realCorpus(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	type ms struct {
		doc           string
		n             int
		ordinal       int
		year, founded int
	}
	want := map[string][]ms{
		"cl": {
			{"xi-pinera-call-2020", 2, 50, 2020, 1970}, // "fiftieth anniversary of the establishment of diplomatic relations"
			{"xi-pinera-call-2020", 7, 50, 2020, 1970}, // "this year marks the 50th anniversary"
			{"xi-pinera-call-2020", 8, 50, 2020, 1970}, // "on the 50th anniversary"
			{"xi-boric-lima-2024", 1, 55, 2025, 1970},  // "55th anniversary of diplomatic ties next year"
		},
		"pe": nil,
		"mx": {
			{"xi-lopez-obrador-apec-2023", 3, 50, 2022, 1972},  // "last year ... 50th anniversary of their diplomatic ties"
			{"xi-lopez-obrador-apec-2023", 4, 10, 2023, 2013},  // "10th anniversary of their Comprehensive Strategic Association"
			{"xi-lopez-obrador-apec-2023", 11, 10, 2024, 2014}, // "next year ... 10th anniversary of the China-CELAC Forum"
		},
	}
	for _, p := range cmp.Profiles {
		var got []ms
		for _, m := range p.Milestones {
			got = append(got, ms{m.Evidence.DocID, m.Evidence.Sentence, m.Ordinal, m.Year, m.Founded})
		}
		if !slices.Equal(got, want[p.Country]) {
			t.Errorf("%s milestones\n%v\nwant\n%v", p.Country, got, want[p.Country])
		}
	}
}
