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
	long := strings.Repeat("x", 10000)
	pq := parseQuery(long)
	if !pq.cut || len([]rune(pq.text)) != MaxQueryRunes {
		t.Errorf("10,000 runes: cut %v, %d runes kept", pq.cut, len([]rune(pq.text)))
	}
	var words []string
	for i := range 1000 {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	pq = parseQuery(strings.Join(words, " "))
	if !pq.cut || wordCount(pq.clauses) != MaxQueryWords {
		t.Errorf("1,000 words: cut %v, %d words kept", pq.cut, wordCount(pq.clauses))
	}
	if pq.clauses[len(pq.clauses)-1].words[0].prefix {
		t.Error("a word before the cut is complete, not a prefix")
	}
	pq = parseQuery("short query")
	if pq.cut {
		t.Error("a short query is not cut")
	}
}
