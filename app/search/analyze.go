package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one word of a text as the index and the query see it. The
// analysis chain that makes it runs in small steps:
//
//  1. tokenise: words are runs of letters, digits and combining marks of any
//     script; hyphens and apostrophes between letters join a word;
//  2. split: a hyphenated compound yields itself and its parts
//     ("Sino-Mexican" → "sino-mexican", "sino", "mexican"); a possessive
//     "'s" is dropped ("China's", "Peru’s" → "china", "peru");
//  3. CJK: Han, Hiragana and Katakana are written without spaces, so each
//     of their characters is a token; a query keeps a run of them
//     together as a phrase (consecutive positions), which matches the run
//     as precisely as bigrams would without a second kind of term;
//  4. normalise: compose combining marks and spell compatibility forms as
//     the letters they stand for (Normalize: "Ｃｈｉｌｅ" → "Chile",
//     "ﬁnancial" → "financial"), lower-case;
//  5. fold: drop diacritics (Fold): the key terms are matched on.
//
// Stop words are a query-time filter (see stopwords.go).
type token struct {
	Term       string // folded, lower case: "pinera"
	Orig       string // lower case, accents kept: "piñera"
	Start, End int    // byte range in the analysed text
	// Pos counts words from the text's first; the parts of a compound take
	// the positions after it, the compound the first part's.
	Pos  int
	Kind tokenKind
}

type tokenKind uint8

const (
	plainToken    tokenKind = iota
	compoundToken           // its parts follow it, as partTokens
	partToken
	cjkToken
)

// isCJK tells whether r belongs to a script written without spaces between
// words.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// The full-width forms (U+FF0D, U+FF07) are those of East Asian input.
func isHyphen(r rune) bool     { return r == '-' || r == '\u2010' || r == '\u2011' || r == '\uFF0D' }
func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' || r == '\uFF07' }

// runEnd returns where the run of word runes (CJK aside) starting at i
// ends: the end of a word, or of one part of a compound.
func runEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf { // most text: no decoding
			if !isWordRune(rune(c)) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) || isCJK(r) {
			break
		}
		i += size
	}
	return i
}

// wordEnd returns the end of the word, or compound part, that starts at
// i: a CJK character is a word of its own.
func wordEnd(text string, i int) int {
	if r, size := utf8.DecodeRuneInString(text[i:]); isCJK(r) {
		return i + size
	}
	return runEnd(text, i)
}

// segment is one part of a chunk of text between joiners.
type segment struct{ start, end int }

// analyze splits text into tokens, numbering positions from first, and
// calls emit for each. It returns the position after the last token.
// Invalid UTF-8 reads as U+FFFD, which is not a letter.
func analyze(text string, first int, emit func(token)) int {
	pos := first
	var segs []segment
	var seps []rune // seps[i] joins segs[i] and segs[i+1]
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isCJK(r) {
			emit(token{Term: string(r), Orig: string(r), Start: i, End: i + size, Pos: pos, Kind: cjkToken})
			pos++
			i += size
			continue
		}
		if !isWordRune(r) || r >= utf8.RuneSelf && unicode.In(r, unicode.Mn, unicode.Mc) {
			i += size
			continue
		}
		// A chunk: word runes, possibly joined by hyphens and apostrophes.
		segs, seps = segs[:0], seps[:0]
		start := i
		for {
			i = runEnd(text, i)
			segs = append(segs, segment{start, i})
			if i >= len(text) {
				break
			}
			j, size2 := utf8.DecodeRuneInString(text[i:])
			if !isHyphen(j) && !isApostrophe(j) {
				break
			}
			next, _ := utf8.DecodeRuneInString(text[i+size2:])
			if i+size2 >= len(text) || !isWordRune(next) || isCJK(next) || unicode.In(next, unicode.Mn, unicode.Mc) {
				break
			}
			seps = append(seps, j)
			i += size2
			start = i
		}
		// Drop a possessive 's.
		for k := 0; k < len(seps); k++ {
			if w := text[segs[k+1].start:segs[k+1].end]; isApostrophe(seps[k]) && (w == "s" || w == "S") {
				segs = append(segs[:k+1], segs[k+2:]...)
				seps = append(seps[:k], seps[k+1:]...)
				k--
			}
		}
		if len(segs) == 1 {
			t := normalizeWord(text[segs[0].start:segs[0].end])
			emit(token{Term: t.term, Orig: t.orig, Start: segs[0].start, End: segs[0].end, Pos: pos, Kind: plainToken})
			pos++
			continue
		}
		var whole strings.Builder
		for k, s := range segs {
			if k > 0 && isHyphen(seps[k-1]) {
				whole.WriteByte('-')
			}
			whole.WriteString(text[s.start:s.end])
		}
		t := normalizeWord(whole.String())
		emit(token{Term: t.term, Orig: t.orig, Start: segs[0].start, End: segs[len(segs)-1].end, Pos: pos, Kind: compoundToken})
		for _, s := range segs {
			t := normalizeWord(text[s.start:s.end])
			emit(token{Term: t.term, Orig: t.orig, Start: s.start, End: s.end, Pos: pos, Kind: partToken})
			pos++
		}
	}
	return pos
}

type normalized struct{ term, orig string }

// normalizeWord normalises, lower-cases and folds one word.
func normalizeWord(w string) normalized {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		l := lowerASCII(w)
		return normalized{l, l}
	}
	orig := strings.ToLower(Normalize(w))
	return normalized{strings.ToLower(Fold(orig)), orig}
}

// lowerASCII lower-cases w, allocating only if it has capitals.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}
