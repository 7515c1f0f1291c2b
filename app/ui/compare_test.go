//go:build !wasm

package ui

import (
	"errors"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"chinalac/app/compare"
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	profileSection = regexp.MustCompile(`(?s)<section aria-labelledby="profile-(\w+)" class="profile" data-country="(\w+)">(.*?)</section>`)
	matrixCell     = regexp.MustCompile(`<td class="cell shade-\d" data-country="(\w+)">\s*<a aria-label="[^"]*" href="([^"]+)">(\d+)</a>`)
	kwicItem       = regexp.MustCompile(`<li data-doc="([^"]+)" data-sentence="(\d+)">`)
)

// profiles returns the rendered text of each country's column.
func profiles(t *testing.T, page string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, m := range profileSection.FindAllStringSubmatch(page, -1) {
		if m[1] != m[2] {
			t.Errorf("profile %s carries data-country %s", m[1], m[2])
		}
		out[m[2]] = stripTags(m[3])
	}
	return out
}

func TestComparePinsWhatTheTextsSay(t *testing.T) {
	page := mustRender(t, "/compare")
	cols := profiles(t, page)
	if len(cols) != 3 || cols["cl"] == "" || cols["pe"] == "" || cols["mx"] == "" {
		t.Fatalf("the default comparison shows columns %v, want cl, pe, mx", keys(cols))
	}
	for _, tt := range []struct {
		country string
		want    []string
	}{
		{"cl", []string{"Mining, minerals and copper", "Upgrade of the free trade agreement", "Gabriel Boric", "third-largest trading partner"}},
		{"pe", []string{"the first Latin American country to sign free trade agreements with China", "Dina Boluarte", "Infrastructure"}},
		{"mx", []string{"Electric vehicles and automobiles", "Finance, banking and currency", "Security, law enforcement and drug control", "7,000 times"}},
	} {
		for _, w := range tt.want {
			if !strings.Contains(cols[tt.country], w) {
				t.Errorf("the %s column lacks %q", tt.country, w)
			}
		}
	}
	// Evidence sentences stand in the links' titles: look at the markup.
	raw := map[string]string{}
	for _, m := range profileSection.FindAllStringSubmatch(page, -1) {
		raw[m[2]] = m[3]
	}
	if !strings.Contains(raw["pe"], "Chancay") {
		t.Error("Peru's column cites no sentence about Chancay")
	}
	for _, code := range []string{"cl", "mx"} {
		if strings.Contains(raw[code], "Chancay") {
			t.Errorf("Chancay appears under %s", code)
		}
	}
}

var (
	sentenceLink = regexp.MustCompile(`href="/doc/([^"#]+)#s-(\d+)"`)
	documentLink = regexp.MustCompile(`href="/doc/([^"#]+)"`)
	countryKWIC  = regexp.MustCompile(`(?s)<section data-country="(\w+)">(.*?)</section>`)
)

// TestCompareEvidenceFollowsTheAttributionRule checks every sentence the
// page links to, in every country's column and in the sentences of every
// theme of the matrix, against compare.Attributed for that country.
func TestCompareEvidenceFollowsTheAttributionRule(t *testing.T) {
	c := realCorpus(t)
	attributed := map[string]map[string]bool{} // country, then "doc#n"
	counts := func(code, doc string, n string) bool {
		if attributed[code] == nil {
			attributed[code] = map[string]bool{}
			for _, e := range compare.Attributed(c, code) {
				attributed[code][e.DocID+"#"+strconv.Itoa(e.Sentence)] = true
				attributed[code][e.DocID] = true
			}
		}
		return attributed[code][doc+n]
	}
	for _, query := range []string{"/compare", "/compare?countries=cl,ar,co", "/compare?countries=mx,cu"} {
		page := mustRender(t, query)
		columns := profileSection.FindAllStringSubmatch(page, -1)
		if len(columns) < 2 {
			t.Fatalf("%s: %d columns", query, len(columns))
		}
		for _, col := range columns {
			code, links := col[2], sentenceLink.FindAllStringSubmatch(col[3], -1)
			if len(links) == 0 && query == "/compare" {
				t.Errorf("%s: the %s column links to no sentence", query, code)
			}
			for _, m := range links {
				if !counts(code, m[1], "#"+m[2]) {
					t.Errorf("%s: the %s column links to %s#s-%s, which does not count for it", query, code, m[1], m[2])
				}
			}
			for _, m := range documentLink.FindAllStringSubmatch(col[3], -1) {
				if !counts(code, m[1], "") {
					t.Errorf("%s: the %s column lists %s, which has no sentence for it", query, code, m[1])
				}
			}
		}
		// Every theme of the matrix, every country's sentences.
		sel := compare.ParseSelection(c, strings.TrimPrefix(query, "/compare?countries="))
		for _, row := range compare.Compare(c, testFacts, sel).Matrix.Rows {
			chosen := mustRender(t, "/compare?countries="+sel.Query()+"&theme="+row.Theme)
			sections := countryKWIC.FindAllStringSubmatch(chosen, -1)
			if len(sections) != len(sel.Countries) {
				t.Errorf("%s theme %s: %d countries' sentences, want %d", query, row.Theme, len(sections), len(sel.Countries))
			}
			for _, sec := range sections {
				for _, m := range kwicItem.FindAllStringSubmatch(sec[2], -1) {
					if !counts(sec[1], m[1], "#"+m[2]) {
						t.Errorf("%s theme %s: the %s sentences list %s#s-%s, which does not count for it", query, row.Theme, sec[1], m[1], m[2])
					}
				}
				for _, m := range sentenceLink.FindAllStringSubmatch(sec[2], -1) {
					if !counts(sec[1], m[1], "#"+m[2]) {
						t.Errorf("%s theme %s: the %s sentences link to %s#s-%s, which does not count for it", query, row.Theme, sec[1], m[1], m[2])
					}
				}
			}
		}
	}
	// The links of every page are to sentences that exist.
	for _, query := range []string{"/compare", "/compare?countries=cl,ar,co", "/compare?countries=mx,cu"} {
		for _, m := range sentenceLink.FindAllStringSubmatch(mustRender(t, query), -1) {
			if d, ok := c.Document(m[1]); !ok {
				t.Errorf("%s links to an unknown document %s", query, m[1])
			} else if n, _ := strconv.Atoi(m[2]); n < 1 {
				t.Errorf("%s links to sentence %s of %s", query, m[2], d.ID)
			} else if _, ok := d.Sentence(n); !ok {
				t.Errorf("%s links to sentence %d of %s, which has no such sentence", query, n, d.ID)
			}
		}
	}
}

var (
	kwicLine = regexp.MustCompile(`(?s)<li data-doc="([^"]+)" data-sentence="(\d+)">\s*<a href="[^"]+">\s*<span class="kwic-line">(.*?)</span>`)
	hitMark  = regexp.MustCompile(`<mark class="hit">(.*?)</mark>`)
)

// TestCompareKWICMarksEveryThemeWord checks that a keyword-in-context line
// marks the theme's words, all of them where the whole sentence shows.
func TestCompareKWICMarksEveryThemeWord(t *testing.T) {
	c := realCorpus(t)
	several := 0
	for _, row := range compare.Compare(c, testFacts, compare.Selection{Countries: []string{"cl", "pe", "mx"}}).Matrix.Rows {
		page := mustRender(t, "/compare?theme="+row.Theme)
		lines := kwicLine.FindAllStringSubmatch(page, -1)
		if len(lines) == 0 {
			t.Fatalf("theme %s: no keyword-in-context line", row.Theme)
		}
		for _, l := range lines {
			d, _ := c.Document(l[1])
			n, _ := strconv.Atoi(l[2])
			s, _ := d.Sentence(n)
			var words []string // the theme's words in the sentence
			for _, m := range s.Mentions {
				if m.Kind == corpus.KindTheme && m.Entity == row.Theme {
					words = append(words, m.Text)
				}
			}
			marked := hitMark.FindAllStringSubmatch(l[3], -1)
			for _, m := range marked {
				if w := html.UnescapeString(m[1]); !slices.Contains(words, w) && !slices.ContainsFunc(words, func(t string) bool { return strings.HasPrefix(t, w) || strings.HasSuffix(t, w) }) {
					t.Errorf("theme %s, %s#%d marks %q, not one of its words %q", row.Theme, l[1], n, w, words)
				}
			}
			if whole := !strings.Contains(l[3], "…"); whole && len(marked) != len(words) {
				t.Errorf("theme %s, %s#%d: %d words marked, the sentence has %d: %q", row.Theme, l[1], n, len(marked), len(words), words)
			}
			if len(marked) > 1 {
				several++
			}
		}
	}
	if several == 0 {
		t.Error("no line marks more than one word")
	}
}

func TestCompareMatrixCountsEqualTheSentencesListed(t *testing.T) {
	page := mustRender(t, "/compare")
	cells := matrixCell.FindAllStringSubmatch(page, -1)
	if len(cells) < 10 {
		t.Fatalf("found only %d non-empty matrix cells", len(cells))
	}
	for _, m := range cells {
		country, link, want := m[1], strings.ReplaceAll(m[2], "&amp;", "&"), m[3]
		u, err := url.Parse(link)
		if err != nil {
			t.Fatal(err)
		}
		if u.Query().Get("in") != country {
			t.Errorf("the %s cell links to %s", country, link)
		}
		chosen := mustRender(t, u.Path+"?"+u.RawQuery)
		section := regexp.MustCompile(`(?s)<section data-country="` + country + `">(.*?)</section>`).FindStringSubmatch(chosen)
		if section == nil {
			t.Errorf("%s lists no sentences for %s", link, country)
			continue
		}
		if got := strconv.Itoa(len(kwicItem.FindAllString(section[1], -1))); got != want {
			t.Errorf("%s: the cell says %s sentences, the list has %s", link, want, got)
		}
	}
}

func TestCompareSelectionAndNotices(t *testing.T) {
	tests := []struct {
		query   string
		columns []string
		notice  string
	}{
		{"/compare?countries=cl,pe,mx", []string{"cl", "pe", "mx"}, ""},
		{"/compare?countries=AR,cl", []string{"ar", "cl"}, ""},
		{"/compare?countries=cl,zz,pe", []string{"cl", "pe"}, "zz"},
		{"/compare?countries=%3Cb%3E", []string{"cl", "pe", "mx"}, ""},
		{"/compare?countries=" + strings.Repeat("cl,", 500), []string{"cl", "pe", "mx"}, ""},
	}
	for _, tt := range tests {
		page := mustRender(t, tt.query)
		var got []string
		for _, m := range profileSection.FindAllStringSubmatch(page, -1) {
			got = append(got, m[2])
		}
		if strings.Join(got, ",") != strings.Join(tt.columns, ",") {
			t.Errorf("%.60s shows columns %v, want %v", tt.query, got, tt.columns)
		}
		if tt.notice != "" && !strings.Contains(page, tt.notice) {
			t.Errorf("%.60s: no notice naming %q", tt.query, tt.notice)
		}
		if strings.Contains(page, "<b>") {
			t.Errorf("%.60s: the query reached the page unescaped", tt.query)
		}
	}
}

func TestCompareViewRoundTrips(t *testing.T) {
	c := realCorpus(t)
	for _, raw := range []string{"countries=cl,pe,mx", "countries=cl,mx&sort=difference", "countries=ar,cl,pe&in=pe&theme=trade"} {
		q, _ := url.ParseQuery(raw)
		v := parseCompareView(compare.ParseSelection(c, q.Get("countries")), q)
		u, _ := url.Parse(v.path())
		again := parseCompareView(compare.ParseSelection(c, u.Query().Get("countries")), u.Query())
		if again.path() != v.path() {
			t.Errorf("%s: %s then %s", raw, v.path(), again.path())
		}
	}
	if p := (compareView{countries: []string{"cl", "pe"}}).path(); p != "/compare?countries=cl,pe" {
		t.Errorf("path = %s", p)
	}
}

func TestShade(t *testing.T) {
	for _, tt := range []struct{ n, max, want int }{{0, 9, 0}, {1, 9, 1}, {9, 9, 4}, {5, 9, 2}, {8, 9, 3}, {3, 0, 0}, {1, 1, 4}, {4, 4, 4}} {
		if got := shade(tt.n, tt.max); got != tt.want {
			t.Errorf("shade(%d, %d) = %d, want %d", tt.n, tt.max, got, tt.want)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestCompareRows checks rows of the columns the texts have something for:
// milestones with their years, a quote from each side, terms with their
// sentences.
func TestCompareRows(t *testing.T) {
	page := mustRender(t, "/compare")
	rows := map[string]map[string]string{} // country, then row, as text
	raw := map[string]map[string]string{}  // the same, as markup
	for _, col := range profileSection.FindAllStringSubmatch(page, -1) {
		rows[col[2]], raw[col[2]] = map[string]string{}, map[string]string{}
		for _, r := range strings.Split(col[3], `<div class="profile-row row-`)[1:] {
			name, markup, _ := strings.Cut(r, `"`)
			rows[col[2]][name] = strings.Join(strings.Fields(stripTags(markup)), " ")
			raw[col[2]][name] = markup
		}
	}
	for _, tt := range []struct{ country, row, want string }{
		{"cl", "milestones", "the first continental Latin American country to establish diplomatic relations with the People's Republic of China (1970"},
		{"cl", "milestones", "cooperation plan on jointly building the Belt and Road (about 2023, “over one year ago” in a text of 2024-11-15, an inferred date)"},
		{"pe", "milestones", "China supports Peru in hosting the 2024 APEC Leaders’ Informal Meeting (2024)"},
		{"mx", "milestones", "10th anniversary of the China-CELAC Forum (2024"},
		{"cl", "quotes", "Gabriel Boric,"},
		{"cl", "quotes", "Xi Jinping,"},
		{"mx", "quotes", "Andrés Manuel López Obrador,"},
		{"mx", "terms", "drug"},
	} {
		if !strings.Contains(rows[tt.country][tt.row], tt.want) {
			t.Errorf("the %s %s row lacks %q: %s", tt.country, tt.row, tt.want, rows[tt.country][tt.row])
		}
	}
	// Chile's 50th anniversary is one item with its three sentences.
	if n := strings.Count(rows["cl"]["milestones"], "50th anniversary of the establishment of diplomatic"); n != 1 {
		t.Errorf("Chile's 50th anniversary is listed %d times", n)
	}
	for _, n := range []string{"2", "7", "8"} {
		if !strings.Contains(raw["cl"]["milestones"], `href="/doc/xi-pinera-call-2020#s-`+n+`"`) {
			t.Errorf("Chile's milestones do not link to sentence %s of the 2020 call", n)
		}
	}
	if strings.Contains(rows["pe"]["milestones"], "Nothing in the texts") {
		t.Error("Peru has no milestone")
	}
	if strings.Contains(rows["mx"]["quotes"], "Xinhua") || strings.Contains(rows["mx"]["quotes"], "SAN FRANCISCO") {
		t.Errorf("a quote keeps its dateline: %s", rows["mx"]["quotes"])
	}
	for code, r := range raw {
		for _, term := range regexp.MustCompile(`(?s)<li title="Log-likelihood[^"]*">(.*?)</li>`).FindAllStringSubmatch(r["terms"], -1) {
			if !sentenceLink.MatchString(term[1]) {
				t.Errorf("a %s term links to no sentence: %s", code, stripTags(term[1]))
			}
		}
	}
}

// TestCompareSourcesAreAllReachable checks that every sentence of a claim
// is linked, those past the first few behind a <details> that says how
// many, if more than one.
func TestCompareSourcesAreAllReachable(t *testing.T) {
	c := realCorpus(t)
	page := mustRender(t, "/compare")
	cmp := compare.Compare(c, testFacts, compare.Selection{Countries: []string{"cl", "pe", "mx"}})
	cols := map[string]string{}
	for _, col := range profileSection.FindAllStringSubmatch(page, -1) {
		cols[col[2]] = col[3]
	}
	more := regexp.MustCompile(`(?s)<details class="more-sources">\s*<summary>(\d+) more</summary>(.*?)</details>`)
	hidden := 0
	for _, p := range cmp.Profiles {
		for _, it := range p.People.China {
			item := regexp.MustCompile(`(?s)<span class="claim">` + regexp.QuoteMeta(it.Name) + `</span>(.*?)</li>`).FindStringSubmatch(cols[p.Country])
			if item == nil {
				t.Fatalf("%s: no %s", p.Country, it.Name)
			}
			for _, e := range it.Evidence {
				if !strings.Contains(item[1], `href="`+e.Link()+`"`) {
					t.Errorf("%s %s: no link to %s", p.Country, it.Name, e.Link())
				}
			}
			m := more.FindStringSubmatch(item[1])
			if len(it.Evidence) <= maxSources+1 && m != nil {
				t.Errorf("%s %s: %d sources, some hidden", p.Country, it.Name, len(it.Evidence))
			}
			if len(it.Evidence) > maxSources+1 {
				if m == nil || m[1] != strconv.Itoa(len(it.Evidence)-maxSources) || strings.Count(m[2], `class="source"`) != len(it.Evidence)-maxSources {
					t.Errorf("%s %s: %d sources, the rest not behind “N more”: %v", p.Country, it.Name, len(it.Evidence), m)
				}
				hidden++
			}
		}
	}
	if hidden == 0 {
		t.Error("no claim has more sources than are shown at once")
	}
	if strings.Contains(page, " more</span>") {
		t.Error("a “more” is plain text")
	}
}

// TestCompareTimelineShowsEveryDocument checks the time line lists every
// document, those of no selected country in a lane of their own.
func TestCompareTimelineShowsEveryDocument(t *testing.T) {
	c := realCorpus(t)
	page := mustRender(t, "/compare?countries=cl,pe")
	i := strings.Index(page, `class="lanes"`)
	if i < 0 {
		t.Fatal("no time line")
	}
	lanes := page[i : strings.Index(page[i:], `</section>`)+i]
	for _, d := range c.Documents {
		if !strings.Contains(lanes, `data-doc="`+d.ID+`"`) || !strings.Contains(lanes, `href="/doc/`+d.ID+`"`) {
			t.Errorf("the time line lacks %s", d.ID)
		}
	}
	other := lanes[strings.Index(lanes, `class="lane lane-other"`):]
	if !strings.Contains(other, `data-doc="xi-lopez-obrador-apec-2023"`) || strings.Contains(other, `data-doc="xi-pinera-call-2020"`) {
		t.Errorf("the other documents are not Mexico's alone: %s", stripTags(other))
	}
	// The layout needs no style attribute, which the CSP forbids.
	for _, q := range []string{"/compare", "/compare?countries=cl,pe", "/compare?countries=cl,pe,mx,ar&theme=trade"} {
		if strings.Contains(mustRender(t, q), " style=") {
			t.Errorf("%s has a style attribute", q)
		}
	}
}

// TestCompareNarrowScreens checks what the page offers where the columns
// stack: a link to each column, and short headings for the matrix.
func TestCompareNarrowScreens(t *testing.T) {
	page := mustRender(t, "/compare?countries=cl,pe,mx,ar")
	nav := regexp.MustCompile(`(?s)<nav [^>]*class="profile-jump">(.*?)</nav>`).FindStringSubmatch(page)
	if nav == nil {
		t.Fatal("no links to the columns")
	}
	for _, code := range []string{"cl", "pe", "mx", "ar"} {
		if !strings.Contains(nav[1], `#profile-`+code+`"`) || !strings.Contains(page, `id="profile-`+code+`"`) {
			t.Errorf("no link to, or no column, #profile-%s", code)
		}
	}
	for _, h := range []string{`<abbr class="narrow" title="Chile">CL</abbr>`, `<abbr class="narrow" title="Argentina">AR</abbr>`, `<abbr class="narrow" title="Difference">Diff.</abbr>`} {
		if !strings.Contains(page, h) {
			t.Errorf("no short heading %s", h)
		}
	}
	// The caption stands outside the table; the sort and the column say the same.
	if strings.Contains(page, "<caption") || !strings.Contains(page, `aria-describedby="matrix-caption"`) {
		t.Error("the matrix's caption is in the table, or not tied to it")
	}
	if !strings.Contains(page, ">largest difference</a>") || !strings.Contains(page, `<span class="wide">Difference</span>`) {
		t.Error("the sort and the column name the difference differently")
	}
}

func TestWithSelection(t *testing.T) {
	c := realCorpus(t)
	for _, tt := range []struct{ in, want string }{
		{"/compare?countries=cl,zz,pe", "/compare?countries=cl,pe"},
		{"/compare?embed=1&countries=CL,pe&theme=dark#profile-cl", "/compare?embed=1&countries=cl,pe&theme=dark#profile-cl"},
		{"/compare?countries=cl&countries=mx", "/compare?countries=cl,pe,mx"}, // only the first is read
		{"/compare?countries=zz", "/compare?countries=cl,pe,mx"},
		{"/compare?countries=cl,pe", ""}, // unchanged
		{"/compare?sort=name", ""},       // no countries: the default, unchanged
		{"/compare", ""},
	} {
		u, _ := url.Parse(tt.in)
		sel := compare.ParseSelection(c, u.Query().Get("countries"))
		got, changed := withSelection(u, sel)
		if changed != (tt.want != "") || changed && got.String() != tt.want {
			t.Errorf("withSelection(%s) = %s, %v; want %q", tt.in, got, changed, tt.want)
		}
		if u.String() != tt.in {
			t.Errorf("withSelection changed its argument to %s", u)
		}
	}
}

// TestCompareSaysWhyFactsAreUnreadable: facts that do not fit the corpus
// (a damaged build) are read once, and /compare shows why where the
// comparison would stand.
func TestCompareSaysWhyFactsAreUnreadable(t *testing.T) {
	reads := 0
	s := &site{corpus: realCorpus(t), loadFacts: func() (compare.Facts, error) {
		reads++
		return nil, errors.New(`the comparison's facts lack the country "cl"`)
	}}
	for range 2 {
		if _, err := s.comparisonFacts(); err == nil {
			t.Fatal("comparisonFacts: no error from facts that failed to load")
		}
	}
	if reads != 1 {
		t.Errorf("the facts were read %d times, want once", reads)
	}
	_, err := s.comparisonFacts()
	p := &comparePage{site: s, broken: err.Error()}
	page := app.HTMLString(p.Render())
	for _, want := range []string{"<h1>Compare</h1>", "do not fit its corpus", `lack the country &#34;cl&#34;`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
}
