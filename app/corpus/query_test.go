package corpus_test

import (
	"slices"
	"testing"

	"chinalac/app/corpus"
)

func TestCorpusDocument(t *testing.T) {
	c := loadSeeds(t)
	for _, id := range []string{"", "xi-boric", "XI-BORIC-LIMA-2024", "000_3681c7482e591b04.txt"} {
		if d, ok := c.Document(id); ok || d != nil {
			t.Errorf("Document(%q) = %v, %v; want none", id, d, ok)
		}
	}
	if d, ok := c.Document("xi-boric-lima-2024"); !ok || d.ID != "xi-boric-lima-2024" {
		t.Errorf("Document(xi-boric-lima-2024) = %v, %v", d, ok)
	}
}

func TestDocumentSentence(t *testing.T) {
	d, _ := loadSeeds(t).Document("china-celac-journey-2016")
	for _, n := range []int{-1, 0, 39} {
		if s, ok := d.Sentence(n); ok || s != nil {
			t.Errorf("Sentence(%d) = %v, %v; want none", n, s, ok)
		}
	}
	for _, n := range []int{1, 2, 4, 5, 38} {
		if s, ok := d.Sentence(n); !ok || s.N != n {
			t.Errorf("Sentence(%d) = %v, %v", n, s, ok)
		}
	}
}

func TestDocumentEntities(t *testing.T) {
	c := loadSeeds(t)
	tests := []struct {
		id   string
		kind corpus.EntityKind
		want []corpus.EntityCount
	}{
		{"xi-pinera-call-2020", corpus.KindPerson, []corpus.EntityCount{{"xi-jinping", 4}, {"sebastian-pinera", 2}}},
		{"xi-pinera-call-2020", corpus.KindRegion, []corpus.EntityCount{{"lac", 2}}},
		{"xi-boric-lima-2024", corpus.KindOrganisation, []corpus.EntityCount{
			{"apec", 2}, {"belt-and-road", 1}, {"un", 1}, {"wto", 1}, {"global-south", 1}, {"cptpp", 1}, {"depa", 1},
		}},
		{"china-celac-journey-2016", corpus.KindPerson, []corpus.EntityCount{{"xi-jinping", 1}}},
	}
	for _, tt := range tests {
		d, _ := c.Document(tt.id)
		if got := d.Entities(tt.kind); !slices.Equal(got, tt.want) {
			t.Errorf("%s Entities(%s) = %v, want %v", tt.id, tt.kind, got, tt.want)
		}
	}
}

func TestDocumentCountryCodes(t *testing.T) {
	c := loadSeeds(t)
	tests := []struct {
		id   string
		want []string
	}{
		{"xi-pinera-call-2020", []string{"cn", "cl"}},
		{"xi-boluarte-beijing-2024", []string{"cn", "pe"}},
		{"china-celac-journey-2016", []string{"cn", "cl", "cr", "ec", "co", "ar", "cu"}},
	}
	for _, tt := range tests {
		d, _ := c.Document(tt.id)
		if got := d.CountryCodes(); !slices.Equal(got, tt.want) {
			t.Errorf("%s CountryCodes() = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestCorpusCountriesMentioned(t *testing.T) {
	var names []string
	for _, c := range loadSeeds(t).CountriesMentioned() {
		names = append(names, c.Name)
	}
	want := []string{"Argentina", "Chile", "China", "Colombia", "Costa Rica", "Cuba", "Ecuador", "Mexico", "Peru"}
	if !slices.Equal(names, want) {
		t.Errorf("CountriesMentioned() = %q, want %q", names, want)
	}
}

func TestCorpusDocumentsMentioning(t *testing.T) {
	c := loadSeeds(t)
	tests := []struct {
		kind corpus.EntityKind
		id   string
		want []string
	}{
		{corpus.KindOrganisation, "apec", []string{"xi-lopez-obrador-apec-2023", "xi-boluarte-beijing-2024", "xi-boric-lima-2024"}},
		{corpus.KindCountry, "co", []string{"china-celac-journey-2016"}},
		{corpus.KindTheme, "mining", []string{"xi-boluarte-beijing-2024", "xi-boric-lima-2024"}},
		{corpus.KindPerson, "wang-yi", nil},
	}
	for _, tt := range tests {
		var ids []string
		for _, d := range c.DocumentsMentioning(tt.kind, tt.id) {
			ids = append(ids, d.ID)
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("DocumentsMentioning(%s, %s) = %q, want %q", tt.kind, tt.id, ids, tt.want)
		}
	}
}

func TestLexiconLookups(t *testing.T) {
	lex := loadSeeds(t).Lexicon
	if c, ok := lex.Country("mx"); !ok || c.Name != "Mexico" || !c.LatinAmerica {
		t.Errorf("Country(mx) = %+v, %v", c, ok)
	}
	if c, ok := lex.Country("cn"); !ok || c.LatinAmerica {
		t.Errorf("Country(cn) = %+v, %v", c, ok)
	}
	if c, ok := lex.Country("MX"); ok {
		t.Errorf("Country(MX) = %+v, want none", c)
	}
	if r, ok := lex.Region("lac"); !ok || !r.LatinAmerica {
		t.Errorf("Region(lac) = %+v, %v", r, ok)
	}
	if p, ok := lex.Person("zhu-qingqiao"); !ok || p.Country != "cn" {
		t.Errorf("Person(zhu-qingqiao) = %+v, %v", p, ok)
	}
	if o, ok := lex.Organisation("belt-and-road"); !ok || o.Kind != "framework" {
		t.Errorf("Organisation(belt-and-road) = %+v, %v", o, ok)
	}
	if th, ok := lex.Theme("mining"); !ok || th.Name == "" {
		t.Errorf("Theme(mining) = %+v, %v", th, ok)
	}
	if _, ok := lex.Theme("apec"); ok {
		t.Errorf("Theme(apec) found; ids are per kind")
	}
	names := []struct {
		kind     corpus.EntityKind
		id, want string
	}{
		{corpus.KindCountry, "pe", "Peru"},
		{corpus.KindRegion, "asia-pacific", "Asia-Pacific"},
		{corpus.KindPerson, "gabriel-boric", "Gabriel Boric"},
		{corpus.KindOrganisation, "wto", "World Trade Organization"},
		{corpus.KindTheme, "vehicles", "Electric vehicles and automobiles"},
	}
	for _, tt := range names {
		if got, ok := lex.Name(tt.kind, tt.id); !ok || got != tt.want {
			t.Errorf("Name(%s, %s) = %q, %v; want %q", tt.kind, tt.id, got, ok, tt.want)
		}
	}
	if got, ok := lex.Name(corpus.KindCountry, "xx"); ok {
		t.Errorf("Name(country, xx) = %q, want none", got)
	}
}
