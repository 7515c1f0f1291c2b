package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word is a run of letters and digits in a text, at text[start:end].
type word struct {
	start, end int
	text       string
}

// lower returns the word in lower case.
func (w word) lower() string { return strings.ToLower(w.text) }

// words splits text into words. With hyphens, a hyphen between two words
// joins them, so that "third-largest" and "fifty-fifth" are one word;
// without, "China-Chile" is two.
func words(text string, hyphens bool) []word {
	var ws []word
	start := -1
	for i, r := range text {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
			continue
		case hyphens && start >= 0 && (r == '-' || r == '‑') && i+utf8.RuneLen(r) < len(text):
			if next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):]); isWordRune(next) {
				continue
			}
		}
		if start >= 0 {
			ws = append(ws, word{start, i, text[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{start, len(text), text[start:]})
	}
	return ws
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// clauseBreak reports whether the text between two words ends a phrase: a
// punctuation mark other than a hyphen or an apostrophe.
func clauseBreak(between string) bool {
	return strings.ContainsAny(between, ",.;:()!?\"“”—–")
}
