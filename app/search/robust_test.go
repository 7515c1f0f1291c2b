package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBadInput feeds the real index what a search box can receive. None of
// it may panic or return marks outside the text (a hang fails the test
// run's timeout; make bench checks speed).
func TestBadInput(t *testing.T) {
	ix := loadReal(t)
	words := strings.Repeat("china trade copper ", 334)
	for _, q := range []string{
		"", " ", "\t\n\r ", strings.Repeat("a", 10000), strings.Repeat("é", 10000),
		words, strings.Repeat("x ", 1000), "\x00\x01\x1b[31m china \x7f", "\xff\xfe\xfd", "chi\xffna",
		"🎉🎉🎉", "china 🎉", "مرحبا", "שלום china", "\u200f\u202e", `"`, `""`, `"china`, `china"`, `"" "" ""`,
		`"china "trade`, "!!!", "...", "-", "--", "'s", "’", "-china-", "china-", "中文", "中", "ǅ", "\u0301", "ﬁ",
		strings.Repeat(`"`, 500), strings.Repeat("-", 500), strings.Repeat("a-", 500), strings.Repeat("中", 500),
	} {
		checkResults(t, q, ix.Search(Query{Text: q}))
	}
}

func checkResults(t testing.TB, q string, r Results) {
	t.Helper()
	if !utf8.ValidString(r.Query) {
		t.Errorf("%.20q: Query %q is not valid UTF-8", q, r.Query)
	}
	if utf8.RuneCountInString(r.Query) > MaxQueryRunes {
		t.Errorf("%.20q: Query has %d runes", q, utf8.RuneCountInString(r.Query))
	}
	if r.Total < len(r.Hits) {
		t.Errorf("%.20q: Total %d < %d hits", q, r.Total, len(r.Hits))
	}
	for _, h := range r.Hits {
		for _, s := range h.Snippets {
			last := 0
			for _, m := range s.Marks {
				if m.Start < last || m.End <= m.Start || m.End > len(s.Text) {
					t.Errorf("%.20q: bad mark %v in %q", q, m, s.Text)
				}
				last = m.End
			}
		}
	}
}

func TestCutFlags(t *testing.T) {
	ix := loadReal(t)
	r := ix.Search(Query{Text: strings.Repeat("copper ", 100)})
	if !r.CutRunes || !r.CutWords {
		t.Errorf("100 × copper: cut to runes %v, to words %v; want both", r.CutRunes, r.CutWords)
	}
	if len(r.Hits) != 1 {
		t.Errorf("100 × copper: %v", ids(r))
	}
	if r := ix.Search(Query{Text: strings.Repeat("copper ", 25)}); r.CutRunes || !r.CutWords {
		t.Errorf("25 × copper: cut to runes %v, to words %v; want words only", r.CutRunes, r.CutWords)
	}
	if r := ix.Search(Query{Text: "copper"}); r.CutRunes || r.CutWords {
		t.Error("one word: said to be cut")
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"China's Sino-Mexican ties", "Piñera", "Pin\u0303era", "中文 | Español", "a-'b'-c", "\xff", "--'-'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		analyze(s, 0, func(tk token) {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("token %+v out of %q", tk, s)
			}
			if tk.Term == "" && tk.Orig == "" {
				t.Fatalf("empty token %+v in %q", tk, s)
			}
			if tk.Pos < last {
				t.Fatalf("positions go back in %q", s)
			}
			last = tk.Pos
		})
	})
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"Pinera", "coper", `"free trade`, "Chanc", "中文", "anti-drug", "\x00", "é\u0301"} {
		f.Add(s)
	}
	ix := loadReal(f)
	f.Fuzz(func(t *testing.T, q string) {
		checkResults(t, q, ix.Search(Query{Text: q}))
		checkRankOrder(t, ix, q)
	})
}
