package compare

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Figure is a number or a rank a sentence gives.
type Figure struct {
	// Kind is "amount" (US$35 billion), "share" (12%), "multiple" (7,000
	// times), "duration" (50-plus years) or "rank" (third-largest trading
	// partner).
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`     // as written; Evidence marks it
	Evidence Evidence `json:"evidence"` // Marks: the figure
}

// quantity matches a number with what makes it a figure: a currency before
// it, or after it a percentage, "times", "-fold", a multiplier (million,
// billion, trillion, with an optional currency) or "years". Bare numbers
// (years, counts) are not figures.
var quantity = regexp.MustCompile(`(?i)(US\$|\$|€|£|¥|RMB ?|USD ?)?\b\d+(?:[.,]\d+)*(?:-plus)?` +
	`(%|-?fold\b|\s?(?:percent|per cent|times|years?|(?:million|billion|trillion)(?:\s(?:US\s)?(?:dollars|yuan|euros))?)\b)?`)

// quantityKind classifies a match of quantity, or returns "" if it is a
// bare number.
func quantityKind(m string) string {
	l := strings.ToLower(m)
	switch {
	case strings.HasSuffix(l, "%") || strings.Contains(l, "percent") || strings.Contains(l, "per cent"):
		return "share"
	case strings.HasSuffix(l, "times") || strings.HasSuffix(l, "fold"):
		return "multiple"
	case strings.ContainsAny(l, "$€£¥") || strings.HasPrefix(l, "rmb") || strings.HasPrefix(l, "usd") ||
		strings.Contains(l, "illion"):
		return "amount"
	case strings.HasSuffix(l, "year") || strings.HasSuffix(l, "years"):
		return "duration"
	}
	return ""
}

// Ranks: a rank word, written in lower case (so "First Ministerial Meeting",
// a name, is not one), alone or ending a hyphenated word ("third-largest"),
// followed within rankReach words by a head noun saying what is ranked:
// "the first Latin American country", "its top export destination". The
// figure runs from the determiner before the rank word ("the", "its",
// "one of the", "China's") to the end of the clause.
var (
	rankWords = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"largest", "biggest", "greatest", "top", "primary", "leading", "main", "principal", "foremost")
	rankHeads = set("partner", "partners", "destination", "destinations", "source", "sources", "supplier", "suppliers",
		"country", "countries", "nation", "nations", "market", "markets", "economy", "economies",
		"exporter", "exporters", "importer", "importers", "investor", "investors", "lender", "lenders",
		"creditor", "creditors", "buyer", "buyers", "customer", "customers", "producer", "producers")
	determiners = set("the", "its", "their", "his", "her", "our", "a", "an")
	// phraseStop are words that start a new clause or a second item.
	phraseStop = set("and", "but", "while", "which", "who", "as", "or")
)

const (
	rankReach     = 4  // words from a rank word to its head noun
	maxRankPhrase = 16 // words after the head noun a rank phrase may run on
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// figures finds the figures in a country's sentences.
func figures(hits []hit) []Figure {
	var fs []Figure
	for _, h := range hits {
		for _, f := range figuresIn(h.s.Text) {
			f.Evidence = h.ev.with(f.Evidence.Marks)
			fs = append(fs, f)
		}
	}
	return fs
}

// figuresIn finds the quantities and ranks in text, in text order. Their
// Evidence carries only the marks.
func figuresIn(text string) []Figure {
	var fs []Figure
	add := func(kind string, start, end int) {
		fs = append(fs, Figure{Kind: kind, Text: text[start:end], Evidence: Evidence{Marks: []Span{{start, end}}}})
	}
	for _, loc := range quantity.FindAllStringIndex(text, -1) {
		if kind := quantityKind(text[loc[0]:loc[1]]); kind != "" {
			add(kind, loc[0], loc[1])
		}
	}
	ws := words(text, true)
	for i := 0; i < len(ws); i++ {
		if !isRank(ws[i].text) {
			continue
		}
		head := rankHead(text, ws, i)
		if head < 0 {
			continue
		}
		start, end := rankStart(text, ws, i), rankEnd(text, ws, head)
		add("rank", ws[start].start, ws[end].end)
		i = end
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Evidence.Marks[0].Start < fs[j].Evidence.Marks[0].Start })
	return fs
}

// isRank reports whether w is a rank word in lower case, alone or ending a
// hyphenated word.
func isRank(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return false
	}
	parts := strings.Split(w, "-")
	return rankWords[parts[len(parts)-1]]
}

// rankHead returns the index of the head noun the rank word ws[i] ranks, or
// -1.
func rankHead(text string, ws []word, i int) int {
	for k := i + 1; k < len(ws) && k <= i+rankReach; k++ {
		l := ws[k].lower()
		if clauseBreak(text[ws[k-1].end:ws[k].start]) || phraseStop[l] {
			break
		}
		if rankHeads[l] {
			return k
		}
	}
	return -1
}

// rankStart returns the index of the first word of the rank phrase whose
// rank word is ws[i]: the determiner, possessive or "one of the" before it.
func rankStart(text string, ws []word, i int) int {
	switch {
	case i >= 3 && ws[i-3].lower() == "one" && ws[i-2].lower() == "of" && ws[i-1].lower() == "the":
		return i - 3
	case i >= 1 && determiners[ws[i-1].lower()]:
		return i - 1
	case i >= 2 && ws[i-1].text == "s" && isApostrophe(text[ws[i-2].end:ws[i-1].start]):
		return i - 2 // a possessive: "China's third-largest trading partner"
	}
	return i
}

func isApostrophe(s string) bool { return s == "'" || s == "’" }

// rankEnd returns the index of the last word of the rank phrase whose head
// is ws[head]: the end of the clause, or of the first of a list of ranks.
func rankEnd(text string, ws []word, head int) int {
	end := head
	for k := head + 1; k < len(ws) && k <= head+maxRankPhrase; k++ {
		if clauseBreak(text[ws[k-1].end:ws[k].start]) || phraseStop[ws[k].lower()] {
			break
		}
		end = k
	}
	return end
}
