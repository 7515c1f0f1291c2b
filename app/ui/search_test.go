//go:build !wasm

package ui

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestSearchPageRestoresResultsFromTheURL(t *testing.T) {
	tests := []struct {
		query, first string
		marked       string // a word the first result must show marked
	}{
		{"/search?q=Pinera", "xi-pinera-call-2020", "Piñera"},
		{"/search?q=Chancai+port", "xi-boluarte-beijing-2024", "Chancay"},
		{"/search?q=electic+vehicles", "xi-lopez-obrador-apec-2023", "electric"},
		{"/search?q=coper", "xi-boric-lima-2024", "copper"},
	}
	for _, tt := range tests {
		page := mustRender(t, tt.query)
		docs := listedDocs(page)
		if len(docs) == 0 || docs[0] != tt.first {
			t.Errorf("%s lists %v, want %s first", tt.query, docs, tt.first)
			continue
		}
		if !strings.Contains(page, `<mark class="hit">`+tt.marked+`</mark>`) {
			t.Errorf("%s does not mark %q", tt.query, tt.marked)
		}
	}
}

func TestSearchPageFilters(t *testing.T) {
	c := realCorpus(t)
	for _, d := range listedDocs(mustRender(t, "/search?q=Xi&country=mx")) {
		doc, _ := c.Document(d)
		if !mentionsCountry(doc, "mx") {
			t.Errorf("country=mx lists %s, which does not mention Mexico", d)
		}
	}
	for _, d := range listedDocs(mustRender(t, "/search?q=Xi&focus=cl")) {
		doc, _ := c.Document(d)
		if doc.Focus != "cl" {
			t.Errorf("focus=cl lists %s, whose focus is %s", d, doc.Focus)
		}
	}
}

func TestSearchPageWithoutQuery(t *testing.T) {
	page := mustRender(t, "/search")
	if docs := listedDocs(page); len(docs) != 0 {
		t.Errorf("the empty search lists %v", docs)
	}
	for _, ex := range examples {
		if !strings.Contains(page, `href="`+strings.ReplaceAll(searchPath(ex.query, "", ""), "&", "&amp;")+`"`) {
			t.Errorf("the empty search page lacks the example %q", ex.query)
		}
	}
}

func TestSearchPageSurvivesStrangeQueries(t *testing.T) {
	for _, q := range []string{
		"/search?q=",
		"/search?q=%20%20%20",
		"/search?q=" + strings.Repeat("a", 10000),
		"/search?q=" + strings.Repeat("word+", 1000),
		"/search?q=%00%01%1b",
		"/search?q=%ff%fe",
		"/search?q=%F0%9F%98%80",
		"/search?q=%D7%A9%D7%9C%D7%95%D7%9D",
		"/search?q=%22unbalanced",
		"/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
		"/search?country=%ff&focus=%00",
	} {
		code, page := render(t, "/", q)
		if code != http.StatusOK {
			t.Errorf("%.60s: status %d", q, code)
		}
		if strings.Contains(page, "<script>alert") {
			t.Errorf("%.60s: the query reached the page unescaped", q)
		}
	}
}

// TestCutQueries checks what the search page says of a query too long, and
// that its links carry the query as searched, not as pasted.
func TestCutQueries(t *testing.T) {
	for _, tc := range []struct {
		name, query, notice string
	}{
		{"letters", strings.Repeat("a", 10000), "Your search was cut to its first 200 characters: “"},
		{"words", strings.Repeat("ore+", 30), "Your search was cut to its first 24 words: “"},
		{"both", strings.Repeat("word+", 1000), "Your search was cut to its first 200 characters and 24 words: “"},
		{"neither", "copper+mine", ""},
	} {
		page := mustRender(t, "/search?q="+tc.query)
		notice := regexp.MustCompile(`Your search was cut[^”]*“`).FindString(page)
		if notice != tc.notice {
			t.Errorf("%s: notice %q, want %q", tc.name, notice, tc.notice)
		}
		for _, link := range regexp.MustCompile(`href="(/search\?[^"]*)"`).FindAllStringSubmatch(page, -1) {
			u, err := url.Parse(html.UnescapeString(link[1]))
			if err != nil {
				t.Fatal(err)
			}
			if q := u.Query().Get("q"); utf8.RuneCountInString(q) > search.MaxQueryRunes {
				t.Errorf("%s: a link carries %d characters of query", tc.name, utf8.RuneCountInString(q))
				break
			}
		}
	}
}

// popup renders the header's search box with its pop-up open on query.
func popup(t *testing.T, query string, active int) string {
	t.Helper()
	c := realCorpus(t)
	s := &site{corpus: c}
	b := &searchBox{Site: s}
	b.OnInit()
	b.value, b.open = query, true
	b.search(s.index(), search.Query{Text: query, Limit: popupResults})
	b.active = active
	return app.HTMLString(b.Render())
}

func TestPopupSaysWhatWasSearched(t *testing.T) {
	long := popup(t, strings.Repeat("copper ", 40), -1)
	if !strings.Contains(long, "Your search was cut to its first 200 characters and 24 words: “copper copper") {
		t.Error("the pop-up does not say that a long query was cut")
	}
	// (Attributes come in any order.)
	tag := regexp.MustCompile(`<a\b[^>]*\bclass="all-results"[^>]*>`).FindString(long)
	if m := regexp.MustCompile(`\bhref="([^"]*)"`).FindStringSubmatch(tag); m == nil || strings.Count(m[1], "copper") != search.MaxQueryWords {
		t.Errorf("the link to every result carries the query as typed: %v", m)
	}
	if strings.Contains(popup(t, "copper", -1), "was cut") {
		t.Error("a short query is said to be cut")
	}
	partial := popup(t, "copper hurricane", -1)
	if !strings.Contains(partial, "No document has all these words") {
		t.Error("the pop-up does not say that no document has every word")
	}
	if strings.Contains(popup(t, "copper", -1), "No document has all") {
		t.Error("a query every result matches is said to be partly matched")
	}
}

// TestComboboxReferences checks that the field's ARIA references name only
// elements that are there: no listbox while the pop-up is closed, no
// option while none is highlighted.
func TestComboboxReferences(t *testing.T) {
	for _, path := range []string{"/", "/about", "/docs", "/doc/xi-boric-lima-2024"} {
		page := mustRender(t, path)
		if strings.Contains(page, "aria-activedescendant") || strings.Contains(page, "aria-controls=\"search-popup\"") {
			t.Errorf("%s: the closed search box refers to a listbox or an option", path)
		}
	}
	page := mustRender(t, "/search?q=Xi")
	if !strings.Contains(page, `aria-controls="search-results"`) || !strings.Contains(page, `id="search-results"`) {
		t.Error("/search: the field does not control the results listbox")
	}
	if strings.Contains(page, "aria-activedescendant") {
		t.Error("/search: an option is named active before any key")
	}
	open := popup(t, "Xi", -1)
	if !strings.Contains(open, `aria-controls="search-popup"`) || !strings.Contains(open, `id="search-popup"`) || strings.Contains(open, "aria-activedescendant") {
		t.Error("the open pop-up: wrong references")
	}
	if !strings.Contains(popup(t, "Xi", 1), `aria-activedescendant="search-popup-1"`) || !strings.Contains(popup(t, "Xi", 1), `id="search-popup-1"`) {
		t.Error("the highlighted option is not named active")
	}
}

// typingProbe mounts a searcher in go-app's test engine, which runs its
// timers, to type into.
type typingProbe struct {
	app.Compo
	searcher
	ctx  app.Context
	runs []string // the values searched, in order
}

// OnPreRender keeps the context: natively, the engine prerenders.
func (p *typingProbe) OnPreRender(ctx app.Context) { p.ctx = ctx }
func (p *typingProbe) Render() app.UI              { return app.Div() }

func (p *typingProbe) key(value string) {
	p.afterTyping(p.ctx, value, func(app.Context) { p.runs = append(p.runs, p.value) })
}

// TestTypingSearchesOnce checks the debounce: keys typed faster than
// typingPause cost one search, of the last value; keys typed slower, one
// each.
func TestTypingSearchesOnce(t *testing.T) {
	e := app.NewTestEngine()
	p := &typingProbe{}
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	for _, v := range []string{"c", "co", "cop", "copp", "coppe", "copper"} {
		p.key(v)
		time.Sleep(typingPause / 8)
	}
	e.ConsumeAll()
	if !slices.Equal(p.runs, []string{"copper"}) {
		t.Errorf("6 fast keys searched %q, want only \"copper\"", p.runs)
	}
	p.runs = nil
	for _, v := range []string{"c", "ch", "chi"} {
		p.key(v)
		e.ConsumeAll() // waits typingPause: the typist pauses
	}
	if !slices.Equal(p.runs, []string{"c", "ch", "chi"}) {
		t.Errorf("3 slow keys searched %q, want each", p.runs)
	}
}

func TestSearcherMove(t *testing.T) {
	s := searcher{active: -1, results: search.Results{Hits: make([]search.Hit, 3)}}
	var got []int
	for _, d := range []int{+1, +1, +1, +1, -1, -1} {
		s.move(d)
		got = append(got, s.active)
	}
	want := []int{0, 1, 2, -1, 2, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("moves give %v, want %v", got, want)
		}
	}
	empty := searcher{active: 2}
	empty.move(+1)
	if empty.active != -1 {
		t.Errorf("with no results the active result is %d", empty.active)
	}
}

func TestWhy(t *testing.T) {
	tests := []struct {
		ms   []search.Match
		want string
	}{
		{nil, ""},
		{[]search.Match{{Query: "pinera", Word: "Piñera", Folded: true}}, ""},
		{[]search.Match{{Query: "coper", Word: "copper", Typos: 1}}, "Matched “copper” for “coper” (1 typo)"},
		{[]search.Match{{Query: "chanc", Word: "Chancay", Prefix: true}}, "Matched “Chancay” for “chanc” (as you type)"},
		{[]search.Match{{Query: "boluatre", Word: "Boluarte", Typos: 1}, {Query: "boluatre", Word: "Boluarte", Typos: 1}}, "Matched “Boluarte” for “boluatre” (1 typo)"},
	}
	for _, tt := range tests {
		if got := why(tt.ms); got != tt.want {
			t.Errorf("why(%v) = %q, want %q", tt.ms, got, tt.want)
		}
	}
}

func TestHighlightSkipsBadSpans(t *testing.T) {
	got := app.HTMLString(highlight("copper and tin", []search.Span{{Start: 0, End: 6}, {Start: 3, End: 5}, {Start: 11, End: 99}, {Start: 7, End: 7}}))
	if want := `<span class="snippet-text"><mark class="hit">copper</mark> and tin</span>`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestSearchPageSuggestsASpelling(t *testing.T) {
	page := mustRender(t, "/search?q=piinerra")
	if docs := listedDocs(page); len(docs) != 0 {
		t.Errorf("piinerra lists %v, want nothing", docs)
	}
	if !strings.Contains(page, `Did you mean`) || !strings.Contains(page, `href="/search?q=Pi%C3%B1era">Piñera</a>`) {
		t.Error("no suggestion of Piñera for piinerra")
	}
}
