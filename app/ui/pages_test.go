//go:build !wasm

package ui

import (
	"html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/app/sitegen"
	"chinalac/seeds"
)

var (
	loadOnce   sync.Once
	testCorpus *corpus.Corpus
	testFacts  compare.Facts
)

// realCorpus loads the embedded seeds, extracts the comparison's facts and
// registers the routes once: go-app keeps routes in a package-level table.
func realCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	loadOnce.Do(func() {
		c, err := corpus.Load(seeds.FS)
		if err != nil {
			t.Fatalf("loading the seeds: %v", err)
		}
		testCorpus, testFacts = c, compare.FactsOf(c)
		Register(c, func() (compare.Facts, error) { return testFacts, nil })
	})
	if testCorpus == nil {
		t.Fatal("the seeds did not load")
	}
	return testCorpus
}

// render prerenders path as the site generator does, under base.
func render(t *testing.T, base, path string) (int, string) {
	t.Helper()
	realCorpus(t)
	rec := httptest.NewRecorder()
	NewHandler(base, "test", 1, nil).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	b, err := sitegen.CanonicalHTML(rec.Body.Bytes())
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return rec.Code, string(b)
}

func mustRender(t *testing.T, path string) string {
	t.Helper()
	code, page := render(t, "/", path)
	if code != http.StatusOK {
		t.Fatalf("GET %s: status %d", path, code)
	}
	return page
}

var dataDoc = regexp.MustCompile(`<li [^>]*data-doc="([^"]+)"`)

func listedDocs(page string) []string {
	var ids []string
	for _, m := range dataDoc.FindAllStringSubmatch(page, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

func TestEveryPageRenders(t *testing.T) {
	c := realCorpus(t)
	for _, p := range Pages(c) {
		page := mustRender(t, p)
		if !strings.Contains(page, `<main class="page" id="main"`) {
			t.Errorf("%s: no main landmark", p)
		}
		if strings.Count(page, "<h1") != 1 {
			t.Errorf("%s: want exactly one h1, got %d", p, strings.Count(page, "<h1"))
		}
		if !strings.Contains(page, "<title>") || strings.Contains(page, "<title></title>") {
			t.Errorf("%s: empty title", p)
		}
	}
}

func TestOverview(t *testing.T) {
	c := realCorpus(t)
	page := mustRender(t, "/")
	for _, d := range c.Documents {
		if !strings.Contains(page, html.EscapeString(d.Title)) {
			t.Errorf("the overview lacks %q", d.Title)
		}
	}
	for _, want := range []string{">2016<", ">2020<", ">2023<", ">2024<", "2017–2019: no documents", "2021–2022: no documents"} {
		if !strings.Contains(page, want) {
			t.Errorf("the time line lacks %q", want)
		}
	}
	if got := listedDocs(page); len(got) != len(c.Documents) {
		t.Errorf("the time line lists %d documents, want %d", len(got), len(c.Documents))
	}
}

func TestLibraryFilters(t *testing.T) {
	c := realCorpus(t)
	all := listedDocs(mustRender(t, "/docs"))
	if len(all) != len(c.Documents) {
		t.Fatalf("the library lists %d documents, want %d", len(all), len(c.Documents))
	}
	for i, d := range c.Documents {
		if all[i] != d.ID {
			t.Errorf("library position %d holds %s, want %s (reading order)", i, all[i], d.ID)
		}
	}
	tests := []struct {
		query  string
		want   func(*corpus.Document) bool
		notice string
	}{
		{"?country=mx", func(d *corpus.Document) bool { return mentionsCountry(d, "mx") }, ""},
		{"?country=cl", func(d *corpus.Document) bool { return mentionsCountry(d, "cl") }, ""},
		{"?focus=pe", func(d *corpus.Document) bool { return d.Focus == "pe" }, ""},
		{"?focus=regional", func(d *corpus.Document) bool { return d.Focus == corpus.Regional }, ""},
		{"?country=zz", func(*corpus.Document) bool { return true }, "There is no country with the code"},
		{"?country=%3Cscript%3E", func(*corpus.Document) bool { return true }, "&lt;script&gt;"},
	}
	for _, tt := range tests {
		page := mustRender(t, "/docs"+tt.query)
		var want []string
		for _, d := range c.Documents {
			if tt.want(d) {
				want = append(want, d.ID)
			}
		}
		if got := listedDocs(page); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("/docs%s lists %v, want %v", tt.query, got, want)
		}
		if tt.notice != "" && !strings.Contains(page, tt.notice) {
			t.Errorf("/docs%s: no notice %q", tt.query, tt.notice)
		}
		if strings.Contains(page, "<script>") {
			t.Errorf("/docs%s: a query value reached the page unescaped", tt.query)
		}
	}
	// Chile is mentioned by its own documents and by the regional one.
	if got := listedDocs(mustRender(t, "/docs?country=cl")); len(got) < 3 {
		t.Errorf("/docs?country=cl lists %v, want the two Chilean documents and the regional one", got)
	}
}

func TestReader(t *testing.T) {
	c := realCorpus(t)
	for _, d := range c.Documents {
		page := mustRender(t, docPath(d.ID, 0))
		if !strings.Contains(page, `<article class="document" data-doc="`+d.ID+`"`) {
			t.Errorf("%s: no article for the document", d.ID)
		}
		text := stripTags(page)
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				id := sentenceAnchor(s.N)
				if !strings.Contains(page, `id="`+id+`"`) {
					t.Errorf("%s: no element with id %s", d.ID, id)
				}
				if !strings.Contains(page, `href="/doc/`+d.ID+`#`+id+`"`) {
					t.Errorf("%s: no link to %s", d.ID, id)
				}
				if !strings.Contains(text, s.Text) {
					t.Errorf("%s: sentence %d is not in the page: %q", d.ID, s.N, s.Text)
				}
			}
		}
		if !strings.Contains(page, d.Date.String()) {
			t.Errorf("%s: the date %s is not shown", d.ID, d.Date)
		}
	}
}

func TestReaderMarksMentions(t *testing.T) {
	c := realCorpus(t)
	for _, d := range c.Documents {
		page := mustRender(t, docPath(d.ID, 0))
		for _, s := range sentences(d) {
			for _, m := range visibleMentions(s) {
				want := `data-entity="` + m.Entity + `"`
				if !strings.Contains(page, want) {
					t.Errorf("%s: the mention %q (%s %s) is not marked", d.ID, m.Text, m.Kind, m.Entity)
				}
			}
		}
	}
}

func TestReaderUnknownDocument(t *testing.T) {
	code, page := render(t, "/", "/doc/no-such-document")
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	for _, want := range []string{"Document not found", "no-such-document", `href="/"`, `value="no such document"`, `action="/search"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the not-found reader lacks %q", want)
		}
	}
}

// An address the app has no page for gets a page that says what was asked,
// offers to search for it and leads back; the build's 404.html says it for
// any address.
func TestNotFound(t *testing.T) {
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"/nowhere", []string{"Page not found", "There is no page at “/nowhere”.", `value="nowhere"`}},
		{"/docs/x/boric-copper", []string{"There is no page at “/docs/x/boric-copper”.", `value="x boric copper"`}},
		{"/a/<script>", []string{"There is no page at “/a/&lt;script&gt;”.", `value="script"`}},
		{NotFoundPath, []string{"There is no page at this address."}},
	} {
		code, page := render(t, "/", tt.path)
		if code != http.StatusOK {
			t.Fatalf("%s: status %d", tt.path, code)
		}
		for _, want := range append(tt.want, `<title>Page not found · `, `action="/search"`, `href="/compare"`, `<main class="page" id="main"`) {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page lacks %q", tt.path, want)
			}
		}
	}
}

// In a browser without WebAssembly, app.js must give up before it touches it.
func TestAppJSChecksForWebAssembly(t *testing.T) {
	code, js := render(t, "/", "/app.js")
	if code != http.StatusOK {
		t.Fatalf("/app.js: status %d", code)
	}
	check := goappWasmCheck + "  if (typeof WebAssembly !== \"object\") {\n    return false;\n  }\n"
	if !strings.Contains(js, check) {
		t.Errorf("app.js does not check for WebAssembly:\n%s", js)
	}
}

func TestWordsOf(t *testing.T) {
	for in, want := range map[string]string{
		"/":                  "",
		NotFoundPath:         "",
		"/copper":            "copper",
		"/doc/xi-boric-2024": "xi boric 2024",
		"/doc/Piñera_visit":  "Piñera visit",
		"/a/b/c":             "b c",
	} {
		if got := wordsOf(in); got != want {
			t.Errorf("wordsOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPrefixedLinksKeepThePrefix(t *testing.T) {
	c := realCorpus(t)
	hrefs := regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	for _, p := range Pages(c) {
		code, page := render(t, "/prefix/", p)
		if code != http.StatusOK {
			t.Fatalf("%s: status %d", p, code)
		}
		for _, m := range hrefs.FindAllStringSubmatch(page, -1) {
			u := m[1]
			if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "/prefix/") && u != "/prefix" {
				t.Errorf("%s: local link %q lost the prefix", p, u)
			}
		}
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// stripTags returns the text of a page, entities decoded, whitespace as is.
func stripTags(page string) string {
	return html.UnescapeString(tags.ReplaceAllString(page, ""))
}

func sentences(d *corpus.Document) []corpus.Sentence {
	var out []corpus.Sentence
	for _, p := range d.Paragraphs {
		out = append(out, p.Sentences...)
	}
	return out
}
