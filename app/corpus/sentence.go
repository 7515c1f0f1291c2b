package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that a full stop follows without ending the
// sentence: "Nov. 16", "Mr. López". Case matters: "No." is a number sign,
// "no." ends a sentence.
var abbreviations = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true,
	"Sen": true, "Rep": true, "Gov": true, "Lt": true, "Col": true, "Capt": true,
	"St": true, "Jr": true, "Sr": true, "No": true, "Nos": true, "Mt": true, "vs": true,
}

// splitSentences splits a paragraph into sentences. A sentence ends at ".",
// "!" or "?" — with any closing quotes and brackets — when white space and
// then a capital letter, a digit or an opening quote follow, unless the
// full stop ends an abbreviation or an initial ("Nov.", "U.S.", "J.").
// "(LAC). in the new era" therefore stays one sentence, as does "US$35".
func splitSentences(p string) []string {
	var sentences []string
	start := 0
	for i := 0; i < len(p); i++ {
		// The marks are ASCII, and no byte of a multi-byte rune is ASCII.
		if p[i] != '.' && p[i] != '!' && p[i] != '?' {
			continue
		}
		end := skip(p, i+1, isCloser)
		next := skip(p, end, unicode.IsSpace)
		if next == end || next == len(p) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p[next:])
		if !startsSentence(r) || p[i] == '.' && isAbbreviation(p[start:i]) {
			continue
		}
		sentences = append(sentences, strings.TrimSpace(p[start:end]))
		start, i = next, next-1
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		sentences = append(sentences, rest)
	}
	return sentences
}

// isAbbreviation reports whether the last word of s, which a full stop
// follows, is an abbreviation or an initial.
func isAbbreviation(s string) bool {
	word := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	word = strings.TrimLeftFunc(word, isOpener)
	if abbreviations[word] {
		return true
	}
	// Initials, alone or in a run such as "U.S" or "e.g".
	for part := range strings.SplitSeq(word, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsLetter([]rune(part)[0]) {
			return false
		}
	}
	return word != "" && (strings.Contains(word, ".") || unicode.IsUpper([]rune(word)[0]))
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpeningQuote(r)
}

func isOpeningQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	return isOpeningQuote(r) || r == '(' || r == '['
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}
