package compare

import (
	"strings"
	"unicode/utf8"
)

// KWIC cuts text around a mark for a keyword-in-context line: the keyword
// text[sp.Start:sp.End], and at most width characters of context either
// side, cut at a space where one is near and with "…" where text goes on.
// An invalid span gives the whole text as left.
func KWIC(text string, sp Span, width int) (left, keyword, right string) {
	if sp.Start < 0 || sp.Start > sp.End || sp.End > len(text) {
		return text, "", ""
	}
	left, keyword, right = text[:sp.Start], text[sp.Start:sp.End], text[sp.End:]
	if utf8.RuneCountInString(left) > width {
		cut := lastRunes(left, width)
		// Drop a word cut in two, unless that leaves little.
		if whole := left[len(left)-len(cut)-1] == ' '; !whole {
			if i := strings.IndexByte(cut, ' '); i >= 0 && i < len(cut)/2 {
				cut = cut[i+1:]
			}
		}
		left = "…" + cut
	}
	if utf8.RuneCountInString(right) > width {
		cut := firstRunes(right, width)
		if whole := right[len(cut)] == ' '; !whole {
			if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
				cut = cut[:i]
			}
		}
		right = cut + "…"
	}
	return left, keyword, right
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
