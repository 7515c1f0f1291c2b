package corpus

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A fixture is a small corpus, valid as newFixture makes it. Each test case
// changes one thing in it.
type fixture struct {
	catalog []catalogEntry
	lexicon *Lexicon
	texts   map[string]string
	raw     map[string]string // files written as is, instead of from the above
	remove  []string          // files to leave out
}

func newFixture() *fixture {
	return &fixture{
		catalog: []catalogEntry{
			{File: "a.txt", ID: "chile-copper", Date: "2024-11-15", Source: "unknown", Lang: "en"},
			{
				File: "b.txt", ID: "peru-port", Date: "2024-11-14", Source: "Xinhua", Lang: "en",
				DateInferred: true, DateNote: "The dateline gives Nov. 14 and the lead Thursday; the year is that of the port's opening.",
			},
		},
		lexicon: &Lexicon{
			Countries: []Country{
				{Code: "cn", Name: "China", Terms: []string{"China", "Chinese"}},
				{Code: "cl", Name: "Chile", LatinAmerica: true, Terms: []string{"Chile", "Chilean"}},
				{Code: "pe", Name: "Peru", LatinAmerica: true, Terms: []string{"Peru", "Peruvian"}},
			},
			Regions: []Region{
				{ID: "lac", Name: "Latin America and the Caribbean", LatinAmerica: true, Terms: []string{"Latin America", "LAC"}},
			},
			People: []Person{
				{ID: "gabriel-boric", Name: "Gabriel Boric", Country: "cl", Role: "President of Chile", Terms: []string{"Gabriel Boric", "Boric"}},
			},
			Organisations: []Organisation{
				{ID: "apec", Name: "Asia-Pacific Economic Cooperation", Kind: "organisation", Terms: []string{"APEC"}},
			},
			Themes: []Theme{
				{ID: "mining", Name: "Mining", Terms: []string{"copper", "mineral*"}},
			},
		},
		texts: map[string]string{
			"a.txt": "Chile sells copper to China\n\nMaría Pérez\n2024-11-15 10:00\n\nChile and China signed a copper deal. Boric was there.\n\nPrint\n",
			"b.txt": "Peru opens a port\n\nLIMA, Nov. 14 (Xinhua) — Peru on Thursday opened a port. It ships minerals to China.\n",
		},
	}
}

func (f *fixture) fs(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	put := func(name string, data []byte) { fsys[name] = &fstest.MapFile{Data: data} }
	catalog, err := json.MarshalIndent(f.catalog, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	put(catalogFile, catalog)
	lexicon, err := json.MarshalIndent(f.lexicon, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	put(lexiconFile, lexicon)
	for name, text := range f.texts {
		put(name, []byte(text))
	}
	for name, text := range f.raw {
		put(name, []byte(text))
	}
	for _, name := range f.remove {
		delete(fsys, name)
	}
	return fsys
}

func TestLoadFixture(t *testing.T) {
	c, err := Load(newFixture().fs(t))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range c.Documents {
		ids = append(ids, d.ID)
	}
	if want := []string{"peru-port", "chile-copper"}; !slices.Equal(ids, want) {
		t.Errorf("documents %q, want %q in date order", ids, want)
	}
	a, _ := c.Document("chile-copper")
	if a.Title != "Chile sells copper to China" || a.Focus != "cl" || len(a.Paragraphs) != 1 || len(a.Mentions) != 4 {
		t.Errorf("chile-copper = %+v", a)
	}
	b, _ := c.Document("peru-port")
	if b.Focus != "pe" || b.Source != "Xinhua" || !b.DateInferred {
		t.Errorf("peru-port = %+v", b)
	}
}

func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name   string
		change func(f *fixture)
		want   string // one of the problems, in full or a leading part
	}{
		// Catalogue and texts.
		{"text not in catalogue", func(f *fixture) {
			f.texts["c.txt"] = "Title\n\nBody."
		}, "c.txt: not in catalog.json"},
		{"entry without text", func(f *fixture) {
			f.remove = []string{"b.txt"}
		}, `catalog.json: entry 2 ("b.txt"): no such file`},
		{"entry without file", func(f *fixture) {
			f.catalog[1].File = ""
		}, `catalog.json: entry 2 (""): missing file`},
		{"file not a text at the root", func(f *fixture) {
			f.catalog[1].File = "sub/b.txt"
		}, `catalog.json: entry 2 ("sub/b.txt"): file must name a .txt file`},
		{"file listed twice", func(f *fixture) {
			f.catalog[1].File = "a.txt"
		}, `catalog.json: entry 2 ("a.txt"): file listed twice`},
		{"duplicate id", func(f *fixture) {
			f.catalog[1].ID = "chile-copper"
		}, `catalog.json: entry 2 ("b.txt"): duplicate id "chile-copper"`},
		{"id not a slug", func(f *fixture) {
			f.catalog[0].ID = "Chile Copper"
		}, `catalog.json: entry 1 ("a.txt"): id "Chile Copper" is not a slug`},
		{"id with trailing hyphen", func(f *fixture) {
			f.catalog[0].ID = "chile-"
		}, `catalog.json: entry 1 ("a.txt"): id "chile-" is not a slug`},
		{"missing id", func(f *fixture) {
			f.catalog[0].ID = ""
		}, `catalog.json: entry 1 ("a.txt"): missing id`},
		{"missing source", func(f *fixture) {
			f.catalog[0].Source = " "
		}, `catalog.json: entry 1 ("a.txt"): missing source`},
		{"bad language tag", func(f *fixture) {
			f.catalog[0].Lang = "English"
		}, `catalog.json: entry 1 ("a.txt"): lang "English" is not a language tag`},
		{"empty text", func(f *fixture) {
			f.texts["a.txt"] = ""
		}, "a.txt: empty file"},
		{"white space only", func(f *fixture) {
			f.texts["a.txt"] = " \n\t\u00a0\n"
		}, "a.txt: empty file"},
		{"invalid UTF-8", func(f *fixture) {
			f.texts["a.txt"] = "Title\n\nBody \xff here."
		}, "a.txt:3:6: invalid UTF-8"},
		{"furniture only", func(f *fixture) {
			f.texts["a.txt"] = "Chile sells copper\n\nPrint\n"
		}, "a.txt: no body text"},
		{"no title anywhere", func(f *fixture) {
			f.texts["a.txt"] = "Chile and China signed a copper deal on 2024-11-15.\n"
		}, "a.txt: no headline found, and catalog.json gives no title"},

		// Dates.
		{"malformed date", func(f *fixture) {
			f.catalog[0].Date = "2024/11/15"
		}, `catalog.json: entry 1 ("a.txt"): malformed date "2024/11/15"`},
		{"impossible date", func(f *fixture) {
			f.catalog[0].Date = "2024-11-31"
		}, `catalog.json: entry 1 ("a.txt"): no such date "2024-11-31"`},
		{"date contradicts the text", func(f *fixture) {
			f.catalog[0].Date = "2024-11-16"
		}, `a.txt: catalogue date 2024-11-16 contradicts the text, which states "2024-11-15"`},
		{"date contradicts a month and day", func(f *fixture) {
			f.catalog[1].Date = "2024-11-21"
		}, `b.txt: catalogue date 2024-11-21 contradicts the text, which states "Nov. 14"`},
		{"weekday written in the date is wrong", func(f *fixture) {
			f.texts["a.txt"] = "Chile sells copper\n\nSaturday, 15 November 2024\n\nChile signed."
		}, `a.txt: the text states "Saturday, 15 November 2024", but 2024-11-15 is a Friday`},
		{"stated date in words differs", func(f *fixture) {
			f.texts["a.txt"] = "Chile sells copper\n\n16th Saturday, November 2024 - 08:30 UTC Full article\n\nChile signed."
		}, `a.txt: catalogue date 2024-11-15 contradicts the text, which states "16th Saturday, November 2024" (2024-11-16)`},
		{"text states an impossible date", func(f *fixture) {
			f.texts["a.txt"] = "Chile sells copper\n\n2024-11-31\n\nChile signed."
		}, `a.txt: the text states "2024-11-31", which is not a date`},
		{"inferred although the text states the date", func(f *fixture) {
			f.catalog[0].DateInferred, f.catalog[0].DateNote = true, "Guessed."
		}, `a.txt: catalog.json says the date is inferred, but the text states "2024-11-15"`},
		{"inferred without a note", func(f *fixture) {
			f.catalog[1].DateNote = ""
		}, `catalog.json: entry 2 ("b.txt"): dateInferred needs a dateNote`},
		{"note without inference", func(f *fixture) {
			f.catalog[0].DateNote = "From the text."
		}, `catalog.json: entry 1 ("a.txt"): dateNote is only for inferred dates`},
		{"year not stated but date not inferred", func(f *fixture) {
			f.catalog[1].DateInferred, f.catalog[1].DateNote = false, ""
		}, `b.txt: the text states "Nov. 14" without a year`},
		{"no date stated but date not inferred", func(f *fixture) {
			f.texts["a.txt"] = "Chile sells copper to China\n\nChile and China signed a copper deal.\n"
		}, "a.txt: the text states no date"},
		{"inferred date on another weekday than the lead", func(f *fixture) {
			f.texts["b.txt"] = "Peru opens a port\n\nPeru on Friday opened a port.\n"
		}, `b.txt: inferred date 2024-11-14 is a Thursday, but the lead sentence reports the event "on Friday"`},
		{"date in the body is not the stated date", func(f *fixture) {
			f.texts["a.txt"] = "Chile sells copper to China\n\nChile and China signed a copper deal.\n\nSANTIAGO, Nov. 15 — More came.\n"
		}, "a.txt: the text states no date"},

		// Catalogue file.
		{"missing catalogue", func(f *fixture) {
			f.remove = []string{catalogFile}
		}, "catalog.json: missing"},
		{"catalogue not JSON", func(f *fixture) {
			f.raw = map[string]string{catalogFile: "[\n  {\"file\": \"a.txt\",,}\n]"}
		}, "catalog.json:2:20: invalid JSON: invalid character ','"},
		{"catalogue truncated", func(f *fixture) {
			f.raw = map[string]string{catalogFile: "[\n  {\"file\": \"a.txt\""}
		}, "catalog.json:2:19: invalid JSON: unexpected end of file"},
		{"catalogue empty", func(f *fixture) {
			f.raw = map[string]string{catalogFile: ""}
		}, "catalog.json: empty file"},
		{"catalogue not an array", func(f *fixture) {
			f.raw = map[string]string{catalogFile: "{}"}
		}, "catalog.json:1:1: invalid JSON: json: cannot unmarshal object"},
		{"catalogue with unknown field", func(f *fixture) {
			f.raw = map[string]string{catalogFile: `[{"file": "a.txt", "titel": "X"}]`}
		}, `catalog.json: invalid JSON: json: unknown field "titel"`},
		{"catalogue with trailing data", func(f *fixture) {
			f.raw = map[string]string{catalogFile: "[] []"}
		}, "catalog.json: invalid JSON: unexpected data after the top-level value"},

		// Lexicon.
		{"missing lexicon", func(f *fixture) {
			f.remove = []string{lexiconFile}
		}, "lexicon.json: missing"},
		{"lexicon not JSON", func(f *fixture) {
			f.raw = map[string]string{lexiconFile: "{\n\"countries\": [\n{\"code\": \"cl\" \"name\": \"Chile\"}]}"}
		}, "lexicon.json:3:15: invalid JSON: invalid character '\"' after object key:value pair"},
		{"no terms", func(f *fixture) {
			f.lexicon.Themes[0].Terms = nil
		}, `lexicon.json: themes[0] "mining": no terms`},
		{"empty term", func(f *fixture) {
			f.lexicon.Countries[1].Terms = append(f.lexicon.Countries[1].Terms, " ")
		}, `lexicon.json: countries[1] "cl": empty term`},
		{"wildcard in a name", func(f *fixture) {
			f.lexicon.Countries[1].Terms = []string{"Chile*"}
		}, `lexicon.json: countries[1] "cl": term "Chile*": "*" is only for theme terms`},
		{"term of two entities", func(f *fixture) {
			f.lexicon.Countries[2].Terms = append(f.lexicon.Countries[2].Terms, "Chilean")
		}, `lexicon.json: countries[2] "pe": term "Chilean" already names "cl"`},
		{"duplicate entity id", func(f *fixture) {
			f.lexicon.Regions = append(f.lexicon.Regions, Region{ID: "lac", Name: "LAC", Terms: []string{"Caribbean"}})
		}, `lexicon.json: regions[1] "lac": duplicate id`},
		{"duplicate country code", func(f *fixture) {
			f.lexicon.Countries = append(f.lexicon.Countries, Country{Code: "cl", Name: "Chile", Terms: []string{"Chilenos"}})
		}, `lexicon.json: countries[3] "cl": duplicate id`},
		{"country code in capitals", func(f *fixture) {
			f.lexicon.Countries[1].Code = "CL"
		}, `lexicon.json: countries[1] "CL": code must be two lower-case letters`},
		{"country code too long", func(f *fixture) {
			f.lexicon.Countries[1].Code = "chl"
		}, `lexicon.json: countries[1] "chl": code must be two lower-case letters`},
		{"person of an unknown country", func(f *fixture) {
			f.lexicon.People[0].Country = "xx"
		}, `lexicon.json: people[0] "gabriel-boric": unknown country code "xx"`},
		{"entity id not a slug", func(f *fixture) {
			f.lexicon.Themes[0].ID = "Mining"
		}, `lexicon.json: themes[0] "Mining": id must be a slug`},
		{"entity without a name", func(f *fixture) {
			f.lexicon.Organisations[0].Name = ""
		}, `lexicon.json: organisations[0] "apec": missing name`},
		{"unknown organisation kind", func(f *fixture) {
			f.lexicon.Organisations[0].Kind = "club"
		}, `lexicon.json: organisations[0] "apec": kind "club" is not organisation, framework or grouping`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture()
			tt.change(f)
			c, err := Load(f.fs(t))
			if err == nil {
				t.Fatalf("Load succeeded, want problem %q", tt.want)
			}
			if c != nil {
				t.Errorf("Load returned a corpus with its error")
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %T is not an ErrorList", err)
			}
			if !slices.ContainsFunc(list, func(p *Problem) bool { return strings.HasPrefix(p.Error(), tt.want) }) {
				t.Errorf("problems:\n%v\nwant one starting %q", err, tt.want)
			}
		})
	}
}

func TestLoadCollectsAllProblems(t *testing.T) {
	f := newFixture()
	f.catalog[0].ID = "Bad ID"
	f.catalog[1].Date = "2024-11-21"
	f.texts["c.txt"] = "Title\n\nBody."
	f.lexicon.People[0].Country = "xx"
	_, err := Load(f.fs(t))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Load error = %v, want an ErrorList", err)
	}
	var files []string
	for _, p := range list {
		files = append(files, p.File)
	}
	if want := []string{"b.txt", "c.txt", "catalog.json", "lexicon.json"}; !slices.Equal(files, want) {
		t.Errorf("problems in %q, want one in each of %q, sorted:\n%v", files, want, err)
	}
	var p *Problem
	if !errors.As(err, &p) || p.File != "b.txt" {
		t.Errorf("errors.As found %v, want the first problem", p)
	}
}

func TestLoadCatalogueTitle(t *testing.T) {
	f := newFixture()
	f.texts["a.txt"] = "Chile and China signed a copper deal on 2024-11-15.\n"
	f.catalog[0].Title = "Chile signs copper deal"
	f.catalog[0].DateInferred, f.catalog[0].DateNote = true, "The text gives no date of its own."
	c, err := Load(f.fs(t))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := c.Document("chile-copper"); d.Title != "Chile signs copper deal" || len(d.TitleMentions) != 2 {
		t.Errorf("title %q with mentions %v, want the catalogue's", d.Title, d.TitleMentions)
	}

	// The catalogue title wins over the headline.
	f = newFixture()
	f.catalog[0].Title = "Better title"
	c, err = Load(f.fs(t))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := c.Document("chile-copper"); d.Title != "Better title" {
		t.Errorf("title %q, want the catalogue's", d.Title)
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\nçd\n\nx")
	tests := []struct {
		offset, line, col int
	}{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 2}, {7, 3, 1}, {8, 4, 1}, {99, 4, 2}, {-1, 1, 1},
	}
	for _, tt := range tests {
		if line, col := position(data, tt.offset); line != tt.line || col != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.offset, line, col, tt.line, tt.col)
		}
	}
}
