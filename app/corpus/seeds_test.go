package corpus_test

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"chinalac/app/corpus"
	"chinalac/seeds"
)

func loadSeeds(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		t.Fatalf("Load(seeds.FS):\n%v", err)
	}
	return c
}

func TestSeedsOrder(t *testing.T) {
	c := loadSeeds(t)
	var ids []string
	for _, d := range c.Documents {
		ids = append(ids, d.ID)
	}
	want := []string{
		"china-celac-journey-2016",
		"xi-pinera-call-2020",
		"xi-lopez-obrador-apec-2023",
		"xi-boluarte-beijing-2024",
		"xi-boric-lima-2024",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("documents %q, want %q", ids, want)
	}
}

func TestSeedDocuments(t *testing.T) {
	tests := []struct {
		id, file, title, date string
		inferred              bool
		source, author, focus string
		paragraphs, sentences int
	}{
		{
			id: "xi-pinera-call-2020", file: "000_023525cafe7d228d.txt",
			title: "China pledges more trade and development cooperation with Chile on the 50th anniversary of diplomatic relations",
			date:  "2020-12-16", source: "unknown", focus: "cl", paragraphs: 8, sentences: 10,
		},
		{
			id: "xi-boric-lima-2024", file: "001_3681c7482e591b04.txt",
			title: "China seeks to further bolster relations with Chile",
			date:  "2024-11-15", inferred: true, source: "unknown", focus: "cl", paragraphs: 13, sentences: 16,
		},
		{
			id: "xi-boluarte-beijing-2024", file: "002_6fec290fbdc4b467.txt",
			title: "Xi says China ready to advance comprehensive strategic partnership with Peru to new heights",
			date:  "2024-06-28", source: "unknown", focus: "pe", paragraphs: 13, sentences: 13,
		},
		{
			id: "china-celac-journey-2016", file: "003_acab50e75382f0ba.txt",
			title: "China-LAC Overall Cooperation Pushes Ahead on a Great Journey",
			date:  "2016-02-05", source: "unknown", author: "Zhu Qingqiao", focus: corpus.Regional, paragraphs: 11, sentences: 38,
		},
		{
			id: "xi-lopez-obrador-apec-2023", file: "004_07aa21c5bf2af563.txt",
			title: "Xi calls for expanding China Mexico cooperation in finance, electric vehicles",
			date:  "2023-11-16", inferred: true, source: "Xinhua", focus: "mx", paragraphs: 16, sentences: 19,
		},
	}
	c := loadSeeds(t)
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d, ok := c.Document(tt.id)
			if !ok {
				t.Fatalf("no document %q", tt.id)
			}
			if d.File != tt.file || d.Title != tt.title || d.Date.String() != tt.date || d.DateInferred != tt.inferred ||
				d.Source != tt.source || d.Author != tt.author || d.Lang != "en" {
				t.Errorf("got %s %q %s inferred=%v source=%q author=%q lang=%q", d.File, d.Title, d.Date, d.DateInferred, d.Source, d.Author, d.Lang)
			}
			if d.DateInferred == (d.DateNote == "") {
				t.Errorf("inferred=%v with note %q", d.DateInferred, d.DateNote)
			}
			if d.Focus != tt.focus {
				t.Errorf("focus %q, want %q", d.Focus, tt.focus)
			}
			if len(d.Paragraphs) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d", len(d.Paragraphs), tt.paragraphs)
			}
			n := 0
			for _, p := range d.Paragraphs {
				for _, s := range p.Sentences {
					n++
					if s.N != n {
						t.Errorf("sentence %d numbered %d", n, s.N)
					}
				}
			}
			if n != tt.sentences {
				t.Errorf("%d sentences, want %d", n, tt.sentences)
			}
		})
	}
}

func TestSeedSentences(t *testing.T) {
	tests := []struct {
		id   string
		n    int
		text string // the whole sentence, or its start followed by "…"
	}{
		{"xi-pinera-call-2020", 1, "China is willing to provide a broader market and more development opportunities for Chile …"},
		{"xi-pinera-call-2020", 9, "Piñera praised the strategic progress that China has made in dealing with COVID-19 and resuming economic growth."},
		{"xi-pinera-call-2020", 10, "He said he believed that China will make greater contributions to improving global governance and better dealing with global challenges."},
		{"xi-boric-lima-2024", 1, "President Xi Jinping on Friday underlined China's readiness …"},
		{"xi-boric-lima-2024", 7, "Meanwhile, Chile ranks as China's third-largest trading partner in Latin America and the primary supplier of copper to China."},
		{"xi-boluarte-beijing-2024", 1, "BEIJING: Chinese President Xi Jinping said on Friday that China stands ready …"},
		{"china-celac-journey-2016", 1, "China and Latin American and Caribbean (LAC) countries have a shared dream and common pursuit on the paths of development, enjoying a great potential for deepening cooperation."},
		{"china-celac-journey-2016", 17, "Over the past year, the China-LAC Five-Year Cooperation Plan and China’s US$35 billion package financing arrangement for LAC countries adopted by the FMM of China-CELAC Forum were implemented smoothly."},
		{"china-celac-journey-2016", 18, "Negotiations on an upgraded China-Chile FTA and the feasibility study on China-Columbia FTA have advanced steadily."},
		{"china-celac-journey-2016", 38, "(The author is the Director General of Latin American and Caribbean Affairs of the Ministry of Foreign Affairs)"},
		{"xi-lopez-obrador-apec-2023", 1, "SAN FRANCISCO, Nov. 16 (Xinhua) — Chinese President Xi Jinping on Thursday called for expanding China-Mexico cooperation in finance, electric vehicles and other emerging sectors."},
		{"xi-lopez-obrador-apec-2023", 11, "In addition to mentioning that next year coincides with the 10th anniversary of the China-CELAC Forum, Xi said China is willing to work with Mexico to promote the stable and lasting development of China-Latin America and the Caribbean relations (LAC). in the new era."},
		{"xi-lopez-obrador-apec-2023", 16, "Both Mexico and China defend their own independence and categorically reject interference in other countries’ internal affairs, he said."},
	}
	c := loadSeeds(t)
	for _, tt := range tests {
		d, _ := c.Document(tt.id)
		s, ok := d.Sentence(tt.n)
		if !ok {
			t.Errorf("%s: no sentence %d", tt.id, tt.n)
			continue
		}
		if prefix, cut := strings.CutSuffix(tt.text, " …"); cut && !strings.HasPrefix(s.Text, prefix) || !cut && s.Text != tt.text {
			t.Errorf("%s sentence %d = %q, want %q", tt.id, tt.n, s.Text, tt.text)
		}
	}
}

// TestSeedBodies checks what no sentence may hold: page furniture, the
// photo caption of 000, the date marker of 002, or the header of 003.
func TestSeedBodies(t *testing.T) {
	forbidden := []string{
		"(Archive)", "Full article", "UTC", "Suggest to a friend", "中文", "Home", "date 2024-06-28",
		"Zhu Qingqiao", "2016-02-05", "EXTENSION",
	}
	for _, d := range loadSeeds(t).Documents {
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				for _, f := range forbidden {
					if strings.Contains(s.Text, f) {
						t.Errorf("%s sentence %d holds %q: %q", d.ID, s.N, f, s.Text)
					}
				}
				if s.Text == "Print" || strings.HasPrefix(s.Text, "President Xi called on the two countries") {
					t.Errorf("%s sentence %d is furniture or a caption: %q", d.ID, s.N, s.Text)
				}
			}
		}
	}
}

func TestSeedMentions(t *testing.T) {
	tests := []struct {
		id     string
		n      int // sentence
		kind   corpus.EntityKind
		entity string
		text   string
	}{
		{"xi-pinera-call-2020", 1, corpus.KindCountry, "cl", "Chilean"},
		{"xi-pinera-call-2020", 1, corpus.KindPerson, "xi-jinping", "President Xi Jinping"},
		{"xi-pinera-call-2020", 1, corpus.KindPerson, "sebastian-pinera", "Sebastian Piñera"},
		{"xi-pinera-call-2020", 9, corpus.KindPerson, "sebastian-pinera", "Piñera"},
		{"xi-pinera-call-2020", 6, corpus.KindRegion, "lac", "Latin American"},
		{"xi-pinera-call-2020", 7, corpus.KindCountry, "cn", "People's Republic of China"},

		{"xi-boric-lima-2024", 2, corpus.KindCountry, "cn", "China"},
		{"xi-boric-lima-2024", 2, corpus.KindCountry, "cl", "Chile"},
		{"xi-boric-lima-2024", 2, corpus.KindCountry, "cl", "Chilean"},
		{"xi-boric-lima-2024", 2, corpus.KindPerson, "gabriel-boric", "Gabriel Boric"},
		{"xi-boric-lima-2024", 3, corpus.KindPerson, "gabriel-boric", "Boric"},
		{"xi-boric-lima-2024", 3, corpus.KindOrganisation, "belt-and-road", "Belt and Road"},
		{"xi-boric-lima-2024", 6, corpus.KindCountry, "cl", "Chile"},
		{"xi-boric-lima-2024", 10, corpus.KindOrganisation, "un", "United Nations"},
		{"xi-boric-lima-2024", 10, corpus.KindOrganisation, "wto", "World Trade Organization"},
		{"xi-boric-lima-2024", 10, corpus.KindOrganisation, "apec", "APEC"},
		{"xi-boric-lima-2024", 10, corpus.KindOrganisation, "global-south", "Global South"},
		{"xi-boric-lima-2024", 11, corpus.KindRegion, "asia-pacific", "Asia-Pacific"},
		{"xi-boric-lima-2024", 16, corpus.KindOrganisation, "cptpp", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"},
		{"xi-boric-lima-2024", 16, corpus.KindOrganisation, "depa", "Digital Economy Partnership Agreement"},

		{"xi-boluarte-beijing-2024", 1, corpus.KindOrganisation, "apec", "Asia-Pacific Economic Cooperation"},
		{"xi-boluarte-beijing-2024", 1, corpus.KindOrganisation, "apec", "APEC"},
		{"xi-boluarte-beijing-2024", 2, corpus.KindCountry, "pe", "Peruvian"},
		{"xi-boluarte-beijing-2024", 2, corpus.KindPerson, "dina-boluarte", "Dina Ercilia Boluarte Zegarra"},
		{"xi-boluarte-beijing-2024", 4, corpus.KindCountry, "pe", "Peru"},
		{"xi-boluarte-beijing-2024", 6, corpus.KindOrganisation, "belt-and-road", "Belt and Road"},
		{"xi-boluarte-beijing-2024", 13, corpus.KindRegion, "lac", "Latin America and the Caribbean"},
		{"xi-boluarte-beijing-2024", 13, corpus.KindRegion, "lac", "Latin American and Caribbean"},

		{"china-celac-journey-2016", 1, corpus.KindRegion, "lac", "Latin American and Caribbean"},
		{"china-celac-journey-2016", 1, corpus.KindRegion, "lac", "LAC"},
		{"china-celac-journey-2016", 2, corpus.KindOrganisation, "china-celac-forum", "Forum of China and Community of Latin American and Caribbean States"},
		{"china-celac-journey-2016", 2, corpus.KindOrganisation, "china-celac-forum", "China-CELAC Forum"},
		{"china-celac-journey-2016", 6, corpus.KindOrganisation, "celac", "CELAC"},
		{"china-celac-journey-2016", 8, corpus.KindPerson, "xi-jinping", "President Xi Jinping"},
		{"china-celac-journey-2016", 9, corpus.KindCountry, "cr", "Costa Rica"},
		{"china-celac-journey-2016", 9, corpus.KindCountry, "ec", "Ecuador"},
		{"china-celac-journey-2016", 15, corpus.KindOrganisation, "eclac", "ECLAC"},
		{"china-celac-journey-2016", 15, corpus.KindOrganisation, "caf", "CAF"},
		{"china-celac-journey-2016", 18, corpus.KindCountry, "cl", "Chile"},
		{"china-celac-journey-2016", 18, corpus.KindCountry, "co", "Columbia"},
		{"china-celac-journey-2016", 20, corpus.KindCountry, "ar", "Argentina"},
		{"china-celac-journey-2016", 27, corpus.KindCountry, "cu", "Cuba"},

		{"xi-lopez-obrador-apec-2023", 1, corpus.KindCountry, "mx", "Mexico"},
		{"xi-lopez-obrador-apec-2023", 2, corpus.KindPerson, "andres-manuel-lopez-obrador", "Andrés Manuel López Obrador"},
		{"xi-lopez-obrador-apec-2023", 2, corpus.KindOrganisation, "apec", "APEC"},
		{"xi-lopez-obrador-apec-2023", 6, corpus.KindCountry, "cn", "Sino"},
		{"xi-lopez-obrador-apec-2023", 6, corpus.KindCountry, "mx", "Mexican"},
		{"xi-lopez-obrador-apec-2023", 11, corpus.KindOrganisation, "china-celac-forum", "China-CELAC Forum"},
		{"xi-lopez-obrador-apec-2023", 11, corpus.KindRegion, "lac", "LAC"},
		{"xi-lopez-obrador-apec-2023", 13, corpus.KindPerson, "andres-manuel-lopez-obrador", "López"},
	}
	c := loadSeeds(t)
	for _, tt := range tests {
		d, _ := c.Document(tt.id)
		s, ok := d.Sentence(tt.n)
		if !ok {
			t.Errorf("%s: no sentence %d", tt.id, tt.n)
			continue
		}
		if !slices.ContainsFunc(s.Mentions, func(m corpus.Mention) bool {
			return m.Kind == tt.kind && m.Entity == tt.entity && m.Text == tt.text && m.Sentence == tt.n
		}) {
			t.Errorf("%s sentence %d: no %s %q as %q in %v", tt.id, tt.n, tt.kind, tt.entity, tt.text, s.Mentions)
		}
	}
}

func TestSeedMentionsCoherent(t *testing.T) {
	for _, d := range loadSeeds(t).Documents {
		var all []corpus.Mention
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				for i, m := range s.Mentions {
					if m.Sentence != s.N || s.Text[m.Start:m.End] != m.Text {
						t.Errorf("%s sentence %d: mention %+v does not match the text", d.ID, s.N, m)
					}
					if i > 0 && m.Start < s.Mentions[i-1].Start {
						t.Errorf("%s sentence %d: mentions out of order", d.ID, s.N)
					}
				}
				all = append(all, s.Mentions...)
			}
		}
		if !slices.Equal(all, d.Mentions) {
			t.Errorf("%s: Document.Mentions is not the sentences' mentions in order", d.ID)
		}
		for _, m := range d.TitleMentions {
			if m.Sentence != 0 || d.Title[m.Start:m.End] != m.Text {
				t.Errorf("%s: title mention %+v does not match the title", d.ID, m)
			}
		}
	}
}

func TestSeedThemes(t *testing.T) {
	tests := []struct {
		id     string
		want   []string // themes the document mentions
		absent []string // themes it must not
	}{
		{"xi-pinera-call-2020", []string{"trade", "technology", "health", "climate", "multilateralism"}, []string{"mining"}},
		{"xi-boric-lima-2024", []string{"mining", "trade", "investment", "infrastructure", "energy", "one-china"}, []string{"climate"}},
		{"xi-boluarte-beijing-2024", []string{"infrastructure", "mining", "energy", "agriculture", "technology", "health"}, []string{"vehicles"}},
		{"china-celac-journey-2016", []string{"finance", "trade", "agriculture", "people-to-people", "investment"}, []string{"health"}},
		{"xi-lopez-obrador-apec-2023", []string{"vehicles", "finance", "security", "health", "disasters", "energy"}, []string{"climate"}},
	}
	c := loadSeeds(t)
	for _, tt := range tests {
		d, _ := c.Document(tt.id)
		got := d.ThemeIDs()
		for _, th := range tt.want {
			if !slices.Contains(got, th) {
				t.Errorf("%s themes %q lack %q", tt.id, got, th)
			}
		}
		for _, th := range tt.absent {
			if slices.Contains(got, th) {
				t.Errorf("%s themes %q hold %q: %v", tt.id, got, th, d.MentionsOf(corpus.KindTheme, th))
			}
		}
	}
}

// TestSeedThemeHits pins theme mentions whose terms are tricky, and words
// that must not be taken for a theme.
func TestSeedThemeHits(t *testing.T) {
	tests := []struct {
		id    string
		n     int
		theme string
		text  string
		hit   bool
	}{
		{"xi-boric-lima-2024", 7, "mining", "copper", true},
		{"xi-boric-lima-2024", 13, "climate", "climate", false}, // "the current international climate"
		{"xi-boric-lima-2024", 10, "trade", "Trade", false},     // "World Trade Organization" is a name
		{"xi-boric-lima-2024", 10, "trade", "supply chain", true},
		{"xi-boric-lima-2024", 16, "technology", "Digital Economy", false}, // DEPA is a name
		{"xi-lopez-obrador-apec-2023", 6, "trade", "import", false},        // "importance"
		{"xi-lopez-obrador-apec-2023", 1, "vehicles", "electric vehicles", true},
		{"xi-lopez-obrador-apec-2023", 1, "finance", "finance", true},
		{"xi-lopez-obrador-apec-2023", 8, "energy", "new energies", true},
		{"xi-lopez-obrador-apec-2023", 9, "security", "anti-drug", true},
		{"xi-lopez-obrador-apec-2023", 18, "security", "drug production and trafficking", true},
		{"xi-boluarte-beijing-2024", 9, "infrastructure", "Chancay Port", true},
		{"xi-boluarte-beijing-2024", 9, "infrastructure", "Port", false}, // one mention, not two
		{"xi-boluarte-beijing-2024", 10, "infrastructure", "Chancay", true},
		{"xi-boluarte-beijing-2024", 7, "energy", "new energy", true},
		{"xi-pinera-call-2020", 3, "trade", "free trade agreement", true},
		{"xi-pinera-call-2020", 5, "climate", "climate change", true},
		{"china-celac-journey-2016", 18, "trade", "FTA", true},
		{"china-celac-journey-2016", 20, "finance", "RMB", true},
		{"china-celac-journey-2016", 20, "finance", "banks", true},
	}
	c := loadSeeds(t)
	for _, tt := range tests {
		d, _ := c.Document(tt.id)
		s, _ := d.Sentence(tt.n)
		var got []string
		for _, m := range s.Mentions {
			if m.Kind == corpus.KindTheme && m.Entity == tt.theme {
				got = append(got, m.Text)
			}
		}
		if slices.Contains(got, tt.text) != tt.hit {
			t.Errorf("%s sentence %d: %s mentions %q; want %q among them: %v", tt.id, tt.n, tt.theme, got, tt.text, tt.hit)
		}
	}
}

// TestSeedDateChecks changes the catalogue date of a seed and expects the
// date check to object.
func TestSeedDateChecks(t *testing.T) {
	tests := []struct {
		file     string
		date     string
		inferred bool
		want     string
	}{
		{"000_023525cafe7d228d.txt", "2020-12-15", false, `000_023525cafe7d228d.txt: catalogue date 2020-12-15 contradicts the text, which states "16th Wednesday, December 2020" (2020-12-16)`},
		{"000_023525cafe7d228d.txt", "2020-12-16", true, `000_023525cafe7d228d.txt: catalog.json says the date is inferred, but the text states "16th Wednesday, December 2020"`},
		{"001_3681c7482e591b04.txt", "2024-11-16", true, `001_3681c7482e591b04.txt: inferred date 2024-11-16 is a Saturday, but the lead sentence reports the event "on Friday"`},
		{"001_3681c7482e591b04.txt", "2024-11-15", false, "001_3681c7482e591b04.txt: the text states no date"},
		{"002_6fec290fbdc4b467.txt", "2024-06-27", false, `002_6fec290fbdc4b467.txt: catalogue date 2024-06-27 contradicts the text, which states "2024-06-28"`},
		{"003_acab50e75382f0ba.txt", "2016-02-06", false, `003_acab50e75382f0ba.txt: catalogue date 2016-02-06 contradicts the text, which states "2016-02-05"`},
		{"004_07aa21c5bf2af563.txt", "2023-11-17", true, `004_07aa21c5bf2af563.txt: catalogue date 2023-11-17 contradicts the text, which states "Nov. 16"`},
		{"004_07aa21c5bf2af563.txt", "2022-11-16", true, `004_07aa21c5bf2af563.txt: inferred date 2022-11-16 is a Wednesday, but the lead sentence reports the event "on Thursday"`},
		{"004_07aa21c5bf2af563.txt", "2023-11-16", false, `004_07aa21c5bf2af563.txt: the text states "Nov. 16" without a year`},
	}
	data, err := fs.ReadFile(seeds.FS, "catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		var catalog []map[string]any
		if err := json.Unmarshal(data, &catalog); err != nil {
			t.Fatal(err)
		}
		for _, e := range catalog {
			if e["file"] == tt.file {
				e["date"], e["dateInferred"] = tt.date, tt.inferred
				if tt.inferred {
					e["dateNote"] = "Changed by the test."
				} else {
					delete(e, "dateNote")
				}
			}
		}
		changed, err := json.Marshal(catalog)
		if err != nil {
			t.Fatal(err)
		}
		fsys := fstest.MapFS{"catalog.json": {Data: changed}}
		names, _ := fs.Glob(seeds.FS, "*")
		for _, name := range names {
			if name != "catalog.json" {
				b, _ := fs.ReadFile(seeds.FS, name)
				fsys[name] = &fstest.MapFile{Data: b}
			}
		}
		_, err = corpus.Load(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s dated %s (inferred %v): Load error\n%v\nwant %q", tt.file, tt.date, tt.inferred, err, tt.want)
		}
	}
}
