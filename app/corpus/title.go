package corpus

import (
	"strings"
	"unicode/utf8"
)

// maxHeadline is the longest line, in characters, taken for a headline;
// a longer first line is the start of the body.
const maxHeadline = 200

// kickers are labels news sites put before a headline, as in "EXTENSION: Xi
// calls for …".
var kickers = []string{
	"ANALYSIS:", "BREAKING:", "COMMENTARY:", "EXCLUSIVE:", "EXTENSION:", "FEATURE:",
	"FOCUS:", "INTERVIEW:", "OPINION:", "ROUNDUP:", "UPDATE:",
}

// isHeadline reports whether line, white space normalised, can be a
// headline: a short line that does not end like a sentence of prose.
func isHeadline(line string) bool {
	return line != "" && utf8.RuneCountInString(line) <= maxHeadline && !endsWithPeriod(line)
}

// cleanTitle returns the headline of line without page furniture and kicker
// labels.
func cleanTitle(line string) string {
	s := trimFurniture(normalizeSpace(line))
	for {
		before := s
		for _, k := range kickers {
			s = strings.TrimSpace(strings.TrimPrefix(s, k))
		}
		if s == before {
			return s
		}
	}
}

// endsWithPeriod reports whether s ends with a full stop, perhaps followed
// by closing quotes or brackets: the mark of a line of prose. Question and
// exclamation marks are left out, as headlines end with them too.
func endsWithPeriod(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	return strings.HasSuffix(s, ".")
}
