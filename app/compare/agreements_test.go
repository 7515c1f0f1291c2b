package compare

import (
	"slices"
	"testing"
)

func TestFreeTrade(t *testing.T) {
	tests := []struct {
		text         string
		fta, upgrade []string
	}{
		{"the potential of an upgraded bilateral free trade agreement.", []string{"free trade agreement"}, []string{"upgraded", "free trade agreement"}},
		{
			"Negotiations on an upgraded China-Chile FTA and the feasibility study on China-Columbia FTA have advanced steadily.",
			[]string{"FTA", "FTA"}, []string{"upgraded", "FTA"},
		},
		{"the first Latin American country to sign free trade agreements with China", []string{"free trade agreements"}, nil},
		{"to uphold multilateralism and free trade.", nil, nil},
		{"we upgraded our ties; a lot of talk later came an FTA", []string{"FTA"}, nil}, // too far apart
		{"an fta", nil, nil}, // the acronym only in capitals
	}
	for _, tt := range tests {
		fta, upgrade := freeTrade(tt.text)
		words := func(spans []Span) []string {
			var ws []string
			for _, sp := range spans {
				ws = append(ws, tt.text[sp.Start:sp.End])
			}
			return ws
		}
		if got := words(fta); !slices.Equal(got, tt.fta) {
			t.Errorf("%q: FTAs %q, want %q", tt.text, got, tt.fta)
		}
		if got := words(upgrade); !slices.Equal(got, tt.upgrade) {
			t.Errorf("%q: upgrades %q, want %q", tt.text, got, tt.upgrade)
		}
	}
}
