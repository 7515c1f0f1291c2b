package corpus

import (
	"maps"
	"slices"
	"testing"
)

// found is a match as the tests write it: the entity and the text matched.
type found struct{ entity, text string }

func matches(m *matcher, text string) []found {
	var fs []found
	for _, s := range m.find(text) {
		fs = append(fs, found{s.entity, text[s.start:s.end]})
	}
	return fs
}

func mustMatcher(t *testing.T, kind EntityKind, terms map[string][]string) *matcher {
	t.Helper()
	m := newMatcher(kind)
	for _, id := range slices.Sorted(maps.Keys(terms)) {
		for _, term := range terms[id] {
			if err := m.add(term, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	return m
}

func TestMatcherNames(t *testing.T) {
	countries := mustMatcher(t, KindCountry, map[string][]string{
		"cn": {"China", "Chinese", "People's Republic of China", "Sino"},
		"cl": {"Chile", "Chilean"},
		"mx": {"Mexico", "Mexican"},
		"co": {"Colombia", "Columbia"},
	})
	tests := []struct {
		text string
		want []found
	}{
		{"China-Chile FTA", []found{{"cn", "China"}, {"cl", "Chile"}}},
		{"Sino-Mexican relations", []found{{"cn", "Sino"}, {"mx", "Mexican"}}},
		{"his Chilean counterpart", []found{{"cl", "Chilean"}}},
		{"Chile's and Mexico’s", []found{{"cl", "Chile"}, {"mx", "Mexico"}}},
		{"the People’s Republic of China", []found{{"cn", "People’s Republic of China"}}},
		{"the People's\u00a0Republic  of China", []found{{"cn", "People's\u00a0Republic  of China"}}},
		{"China-Columbia FTA", []found{{"cn", "China"}, {"co", "Columbia"}}},
		{"Chileans", nil},
		{"Chinesee", nil},
		{"chile peppers", nil},
		{"CHILE", nil},
		{"Mexico2", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := matches(countries, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMatcherLeftmostLongest(t *testing.T) {
	regions := mustMatcher(t, KindRegion, map[string][]string{
		"lac": {"Latin America", "Latin American", "Latin America and the Caribbean", "Latin American and Caribbean", "Caribbean", "LAC"},
	})
	people := mustMatcher(t, KindPerson, map[string][]string{
		"xi-jinping": {"Xi Jinping", "President Xi Jinping", "President Xi", "Xi"},
	})
	tests := []struct {
		m    *matcher
		text string
		want []found
	}{
		{regions, "Latin America and the Caribbean countries", []found{{"lac", "Latin America and the Caribbean"}}},
		{regions, "Latin American and Caribbean States", []found{{"lac", "Latin American and Caribbean"}}},
		{regions, "Latin America and Asia", []found{{"lac", "Latin America"}}},
		{regions, "China-LAC relations (LAC).", []found{{"lac", "LAC"}, {"lac", "LAC"}}},
		{people, "Chinese President Xi Jinping said", []found{{"xi-jinping", "President Xi Jinping"}}},
		{people, "Xi Jinping and Xi", []found{{"xi-jinping", "Xi Jinping"}, {"xi-jinping", "Xi"}}},
		{people, "President Xi said", []found{{"xi-jinping", "President Xi"}}},
	}
	for _, tt := range tests {
		if got := matches(tt.m, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s find(%q) = %q, want %q", tt.m.kind, tt.text, got, tt.want)
		}
	}
}

func TestMatcherThemes(t *testing.T) {
	themes := mustMatcher(t, KindTheme, map[string][]string{
		"agriculture": {"agricultur*"},
		"trade":       {"trade", "free trade", "free trade agreement*", "FTA", "import"},
		"climate":     {"climate change"},
		"health":      {"COVID-19"},
	})
	tests := []struct {
		text string
		want []found
	}{
		{"agricultural products and Agriculture", []found{{"agriculture", "agricultural"}, {"agriculture", "Agriculture"}}},
		{"an upgraded bilateral free trade agreement.", []found{{"trade", "free trade agreement"}}},
		{"free trade agreements with China", []found{{"trade", "free trade agreements"}}},
		{"Free Trade and TRADE", []found{{"trade", "Free Trade"}, {"trade", "TRADE"}}},
		{"the China-Chile FTA", []found{{"trade", "FTA"}}},
		{"the fta", nil},
		{"great importance", nil},
		{"the current international climate", nil},
		{"Climate Change", []found{{"climate", "Climate Change"}}},
		{"the COVID-19 pandemic", []found{{"health", "COVID-19"}}},
		{"covid-19", nil},
		{"unagricultural", nil},
	}
	for _, tt := range tests {
		if got := matches(themes, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMatcherAdd(t *testing.T) {
	tests := []struct {
		kind  EntityKind
		terms []string // added in turn, to entity "a" then "b" alternately
		ok    bool
	}{
		{KindTheme, []string{"trade"}, true},
		{KindTheme, []string{"invest*"}, true},
		{KindTheme, []string{""}, false},
		{KindTheme, []string{"  "}, false},
		{KindTheme, []string{"*"}, false},
		{KindTheme, []string{"in*vest"}, false},
		{KindCountry, []string{"Chile*"}, false},
		{KindTheme, []string{"trade", "Trade"}, false},  // the same once case is folded
		{KindTheme, []string{"FTA", "fta"}, true},       // an acronym keeps its case
		{KindCountry, []string{"Chile", "chile"}, true}, // names keep their case
		{KindCountry, []string{"Chile", "Chile"}, false},
	}
	for _, tt := range tests {
		m := newMatcher(tt.kind)
		var err error
		for i, term := range tt.terms {
			if err = m.add(term, []string{"a", "b"}[i%2]); err != nil {
				break
			}
		}
		if (err == nil) != tt.ok {
			t.Errorf("%s terms %q: error %v, want ok %v", tt.kind, tt.terms, err, tt.ok)
		}
	}
}
