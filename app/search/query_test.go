package search

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders a parsed query: words by clause, phrases in quotes, the
// prefix word with a trailing "*".
func describe(pq parsedQuery) string {
	var cs []string
	for _, c := range pq.clauses {
		var ws []string
		for _, w := range c.words {
			s := w.term
			if w.prefix {
				s += "*"
			}
			ws = append(ws, s)
		}
		s := strings.Join(ws, " ")
		if c.phrase {
			s = `"` + s + `"`
		}
		cs = append(cs, s)
	}
	return strings.Join(cs, " | ")
}

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"Chanc", "chanc*"},
		{"Chancay ", "chancay"},
		{"chancay port", "chancay | port*"},
		{"the port of", "port"},
		{"the of and", "the | of | and*"},
		{`"free trade agreement"`, `"free trade agreement"`},
		{`"free trade agre`, `"free trade agre*"`},
		{`"Belt and Road" china`, `"belt and road" | china*`},
		{`"`, ""},
		{`""`, ""},
		{`"""`, ""},
		{`"lone`, "lone*"},
		{"Sino-Mexican", "sino-mexican*"},
		{"Piñera", "pinera*"},
		{"中文", `"中 文*"`},
		{"!!! ??? ...", ""},
		{"x\x00b\tc", "x | b | c*"},
		{"chanc.", "chanc*"},
	} {
		if got := describe(parseQuery(tc.in)); got != tc.want {
			t.Errorf("parseQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseQueryCut(t *testing.T) {
	words := func(pq parsedQuery) int {
		n := 0
		for _, c := range pq.clauses {
			n += len(c.words)
		}
		return n
	}
	var thousand []string
	for i := range 1000 {
		thousand = append(thousand, fmt.Sprintf("w%d", i))
	}
	for _, tc := range []struct {
		name               string
		in                 string
		cutRunes, cutWords bool
		runes, words       int // kept
	}{
		{"10,000 letters", strings.Repeat("x", 10000), true, false, MaxQueryRunes, 1},
		{"1,000 words", strings.Join(thousand, " "), true, true, -1, MaxQueryWords},
		{"30 short words", strings.Repeat("ab ", 30), false, true, -1, MaxQueryWords},
		{"stop words count", strings.Repeat("the copper ", 15), false, true, -1, MaxQueryWords / 2},
		{"200 letters in 2 words", strings.Repeat("x", 150) + " " + strings.Repeat("y", 100), true, false, MaxQueryRunes, 2},
		{"short", "short query", false, false, 11, 2},
	} {
		pq := parseQuery(tc.in)
		if pq.cutRunes != tc.cutRunes || pq.cutWords != tc.cutWords {
			t.Errorf("%s: cut to runes %v, to words %v; want %v, %v", tc.name, pq.cutRunes, pq.cutWords, tc.cutRunes, tc.cutWords)
		}
		if n := len([]rune(pq.text)); tc.runes >= 0 && n != tc.runes {
			t.Errorf("%s: %d runes kept, want %d", tc.name, n, tc.runes)
		}
		if n := words(pq); n != tc.words {
			t.Errorf("%s: %d words kept, want %d", tc.name, n, tc.words)
		}
		if tc.cutWords && pq.clauses[len(pq.clauses)-1].words[0].prefix {
			t.Errorf("%s: a word before the cut is complete, not a prefix", tc.name)
		}
	}
}
