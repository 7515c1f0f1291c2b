package compare

import (
	"slices"
	"testing"
)

func TestFiguresIn(t *testing.T) {
	type fig struct{ kind, text string }
	tests := []struct {
		text string
		want []fig
	}{
		{"Bilateral trade volume has increased 7,000 times since then.", []fig{{"multiple", "7,000 times"}}},
		{"China’s US$35 billion package financing arrangement", []fig{{"amount", "US$35 billion"}}},
		{"a loan of 10 billion yuan and $2.5 million more", []fig{{"amount", "10 billion yuan"}, {"amount", "$2.5 million"}}},
		{"Exports rose 12% and 3.5 percent, a 4-fold rise.", []fig{{"share", "12%"}, {"share", "3.5 percent"}, {"multiple", "4-fold"}}},
		{"over the past 50-plus years", []fig{{"duration", "50-plus years"}}},
		{"In 2015, 1000 young leaders met at the 30th meeting on COVID-19.", nil},
		{
			"China is Chile's largest global trading partner, its top export destination and largest source of imports.",
			[]fig{{"rank", "Chile's largest global trading partner"}, {"rank", "its top export destination"}, {"rank", "largest source of imports"}},
		},
		{
			"Meanwhile, Chile ranks as China's third-largest trading partner in Latin America and the primary supplier of copper to China.",
			[]fig{{"rank", "China's third-largest trading partner in Latin America"}, {"rank", "the primary supplier of copper to China"}},
		},
		{
			"Peru is one of the first Latin American countries to establish diplomatic ties and a partnership, and is the first Latin American country to sign free trade agreements with China.",
			[]fig{{"rank", "one of the first Latin American countries to establish diplomatic ties"}, {"rank", "the first Latin American country to sign free trade agreements with China"}},
		},
		{"The First Ministerial Meeting was held.", nil},                // a name, not a rank
		{"The meeting, the third between the two leaders, ended.", nil}, // no ranked noun
		{"top leaders of a number of states", nil},
	}
	for _, tt := range tests {
		var got []fig
		for _, f := range figuresIn(tt.text) {
			got = append(got, fig{f.Kind, f.Text})
			if sp := f.Evidence.Marks[0]; tt.text[sp.Start:sp.End] != f.Text {
				t.Errorf("%q: mark %v is not %q", tt.text, sp, f.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("figuresIn(%q) =\n%q\nwant\n%q", tt.text, got, tt.want)
		}
	}
}

// TestSeedFigures pins figures the texts give, for the countries whose
// sentences give them, and checks no other selected country gets them.
func TestSeedFigures(t *testing.T) {
	cmp := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	tests := []struct {
		code, kind, text, doc string
	}{
		{"mx", "multiple", "7,000 times", "xi-lopez-obrador-apec-2023"},
		{"mx", "rank", "one of the first countries to stand by Mexico", "xi-lopez-obrador-apec-2023"},
		{"cl", "rank", "China's third-largest trading partner in Latin America", "xi-boric-lima-2024"},
		{"cl", "rank", "Chile's largest global trading partner", "xi-boric-lima-2024"},
		{"cl", "rank", "the primary supplier of copper to China", "xi-boric-lima-2024"},
		{"cl", "rank", "the first continental Latin American country to establish diplomatic relations with the People's Republic of China", "xi-pinera-call-2020"},
		{"cl", "duration", "50-plus years", "xi-boric-lima-2024"},
		{"pe", "rank", "the first Latin American country to sign free trade agreements with China", "xi-boluarte-beijing-2024"},
	}
	for _, tt := range tests {
		for _, p := range cmp.Profiles {
			has := slices.ContainsFunc(p.Figures, func(f Figure) bool {
				return f.Kind == tt.kind && f.Text == tt.text && f.Evidence.DocID == tt.doc
			})
			if has != (p.Country == tt.code) {
				t.Errorf("%s has the figure %q: %v", p.Country, tt.text, has)
			}
		}
	}
	// "US$35 billion" stands in a regional sentence that names no country,
	// so it counts for none of them.
	for _, p := range cmp.Profiles {
		for _, f := range p.Figures {
			if f.Text == "US$35 billion" {
				t.Errorf("%s has the figure US$35 billion", p.Country)
			}
		}
	}
}
