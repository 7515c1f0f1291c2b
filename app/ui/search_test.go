//go:build !wasm

package ui

import (
	"net/http"
	"strings"
	"testing"

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
	page := mustRender(t, "/search?q="+strings.Repeat("word+", 1000))
	if !strings.Contains(page, "Your search was cut") {
		t.Error("a 1,000-word query is not said to be cut")
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
