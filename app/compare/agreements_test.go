package compare

import (
	"slices"
	"strings"
	"testing"
)

func TestFreeTrade(t *testing.T) {
	tests := []struct {
		text         string
		fta, upgrade []string // upgrade: the word that upgrades each FTA, "" for none
	}{
		{"the potential of an upgraded bilateral free trade agreement.", []string{"free trade agreement"}, []string{"upgraded"}},
		{
			"Negotiations on an upgraded China-Chile FTA and the feasibility study on China-Columbia FTA have advanced steadily.",
			[]string{"FTA", "FTA"}, []string{"upgraded", ""},
		},
		{"the first Latin American country to sign free trade agreements with China", []string{"free trade agreements"}, []string{""}},
		{"to uphold multilateralism and free trade.", nil, nil},
		{"we upgraded our ties; a lot of talk later came an FTA", []string{"FTA"}, []string{""}}, // too far apart
		{"an fta", nil, nil}, // the acronym only in capitals
	}
	for _, tt := range tests {
		var fta, upgrade []string
		for _, f := range freeTrade(tt.text) {
			fta = append(fta, tt.text[f.at.Start:f.at.End])
			if f.upgraded {
				upgrade = append(upgrade, tt.text[f.upgrade.Start:f.upgrade.End])
			} else {
				upgrade = append(upgrade, "")
			}
		}
		if !slices.Equal(fta, tt.fta) || !slices.Equal(upgrade, tt.upgrade) {
			t.Errorf("%q: FTAs %q upgraded by %q, want %q by %q", tt.text, fta, upgrade, tt.fta, tt.upgrade)
		}
	}
}

// TestFreeTradeOfEachCountry checks that a sentence naming two countries'
// free trade agreements gives each country its own, and marks only that.
func TestFreeTradeOfEachCountry(t *testing.T) {
	cmp := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "co", "pe"}})
	// "Negotiations on an upgraded China-Chile FTA and the feasibility study on China-Columbia FTA have advanced steadily."
	const doc, n = "china-celac-journey-2016", 18
	want := map[string]map[string]string{
		"cl": {FTA: "FTA", FTAUpgrade: "upgraded | FTA"},
		"co": {FTA: "FTA"},
		"pe": {},
	}
	for _, p := range cmp.Profiles {
		got := map[string]string{}
		for _, it := range p.Agreements {
			for _, e := range it.Evidence {
				if e.DocID != doc || e.Sentence != n || it.ID != FTA && it.ID != FTAUpgrade {
					continue
				}
				got[it.ID] = strings.Join(marks(e), " | ")
				// The marked FTA is the one right after the country's name.
				last := e.Marks[len(e.Marks)-1]
				if before := e.Text[:last.Start]; !strings.HasSuffix(before, map[string]string{"cl": "Chile ", "co": "Columbia "}[p.Country]) {
					t.Errorf("%s %s marks the FTA after %q", p.Country, it.ID, before)
				}
			}
		}
		if len(got) != len(want[p.Country]) {
			t.Errorf("%s: %v, want %v", p.Country, got, want[p.Country])
		}
		for id, m := range want[p.Country] {
			if got[id] != m {
				t.Errorf("%s %s marks %q, want %q", p.Country, id, got[id], m)
			}
		}
	}
}
