package ui

import (
	"net/url"
	"testing"

	"chinalac/app/corpus"
)

func TestRoutePath(t *testing.T) {
	for in, want := range map[string]string{
		"/":        "/",
		"":         "/",
		"/docs":    "/docs",
		"/docs/":   "/docs",
		"/doc/x/":  "/doc/x",
		"/doc/x//": "/doc/x",
	} {
		if got := routePath(&url.URL{Path: in}); got != want {
			t.Errorf("routePath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocIDFromPath(t *testing.T) {
	for in, want := range map[string]string{
		"/doc/xi-boric": "xi-boric",
		"/doc/a%20b":    "a b",
		"/doc/%zz":      "%zz",
		"/doc/":         "",
	} {
		if got := docIDFromPath(in); got != want {
			t.Errorf("docIDFromPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSentenceFromFragment(t *testing.T) {
	for in, want := range map[string]int{
		"s-1": 1, "s-42": 42, "": 0, "s-": 0, "s-0": 0, "s--3": 0, "x-3": 0, "3": 0, "s-3a": 0,
		"s-99999999999999999999": 0,
	} {
		if got := sentenceFromFragment(in); got != want {
			t.Errorf("sentenceFromFragment(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestTimelineRows(t *testing.T) {
	doc := func(y int) *corpus.Document { return &corpus.Document{Date: corpus.Date{Year: y, Month: 1, Day: 1}} }
	rows := timelineRows([]*corpus.Document{doc(2016), doc(2020), doc(2020), doc(2021), doc(2024)})
	type span struct{ from, to, n int }
	want := []span{{2016, 2016, 1}, {2017, 2019, 0}, {2020, 2020, 2}, {2021, 2021, 1}, {2022, 2023, 0}, {2024, 2024, 1}}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d", len(rows), len(want))
	}
	for i, r := range rows {
		if got := (span{r.from, r.to, len(r.docs)}); got != want[i] {
			t.Errorf("row %d = %+v, want %+v", i, got, want[i])
		}
	}
	if rows := timelineRows(nil); len(rows) != 0 {
		t.Errorf("no documents gave %d rows", len(rows))
	}
}

func TestClip(t *testing.T) {
	for _, tt := range []struct {
		in   string
		max  int
		want string
	}{
		{"abc", 5, "abc"}, {"abcdef", 3, "abc…"}, {"Piñera", 3, "Piñ…"}, {"", 3, ""},
	} {
		if got := clip(tt.in, tt.max); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestSearchPath(t *testing.T) {
	for _, tt := range []struct{ q, country, focus, want string }{
		{"", "", "", "/search"},
		{"Piñera", "", "", "/search?q=Pi%C3%B1era"},
		{"a b", "cl", "regional", "/search?country=cl&focus=regional&q=a+b"},
		{"x&y=z", "", "", "/search?q=x%26y%3Dz"},
	} {
		if got := searchPath(tt.q, tt.country, tt.focus); got != tt.want {
			t.Errorf("searchPath(%q, %q, %q) = %q, want %q", tt.q, tt.country, tt.focus, got, tt.want)
		}
	}
}
