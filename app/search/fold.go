package search

//go:generate go run gen_fold.go

import (
	"sort"
	"unicode"
)

// foldRune appends to dst what r folds to: r without its diacritics (ñ → n,
// ệ → e), a ligature spelt out (æ → ae, ß → ss), nothing for a combining
// mark, or r itself. Case is kept; lower-casing is a separate step.
//
// The tables come from gen_fold.go, which computes them with
// golang.org/x/text (NFD, drop nonspacing marks, NFC, plus a few special
// letters); a native test checks the two agree for every rune up to U+2FFF.
// Importing x/text at run time would cost app.wasm about 45 KB brotli.
func foldRune(dst []rune, r rune) []rune {
	if r < 0x80 {
		return append(dst, r)
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	if r <= 0xFFFF {
		i := sort.Search(len(foldFrom), func(i int) bool { return foldFrom[i] >= uint16(r) })
		if i < len(foldFrom) && foldFrom[i] == uint16(r) {
			return append(dst, rune(foldTo[i]))
		}
	}
	if s, ok := foldMulti[r]; ok {
		return append(dst, []rune(s)...)
	}
	return append(dst, r)
}

// Fold returns s without diacritics, case kept: "Piñera" → "Pinera", and the
// decomposed "Pin\u0303era" too.
func Fold(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = foldRune(out, r)
	}
	return string(out)
}

// composePair returns the canonical composition of base and a combining
// mark, if Unicode defines one: composePair('n', U+0303) = 'ñ'.
func composePair(base, mark rune) (rune, bool) {
	if base > 0xFFFF || mark > 0xFFFF {
		return 0, false
	}
	key := uint32(base)<<16 | uint32(mark)
	i := sort.Search(len(composeKey), func(i int) bool { return composeKey[i] >= key })
	if i < len(composeKey) && composeKey[i] == key {
		return rune(composeTo[i]), true
	}
	return 0, false
}

// Normalize is a light NFKC, for what a search box and a news text hold:
// it joins each combining mark to the letter before it where Unicode has a
// precomposed letter for the pair, so that decomposed input
// ("Pin\u0303era") spells words as the precomposed text does ("Piñera"),
// and it spells full-width letters and Latin ligatures as the letters they
// stand for ("Ｃｈｉｌｅ" → "Chile", "ﬁ" → "fi"; see gen_fold.go). Marks in
// non-canonical order are left as they stand.
func Normalize(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if n := len(out); n > 0 && r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Mc) {
			if c, ok := composePair(out[n-1], r); ok {
				out[n-1] = c
				continue
			}
		}
		out = appendCompat(out, r)
	}
	return string(out)
}

// appendCompat appends r, or the letters it stands for if it is one of the
// compatibility characters Normalize replaces.
func appendCompat(dst []rune, r rune) []rune {
	if r < rune(compatFrom[0]) || r > rune(compatFrom[len(compatFrom)-1]) {
		return append(dst, r)
	}
	i := sort.Search(len(compatFrom), func(i int) bool { return compatFrom[i] >= uint16(r) })
	if i < len(compatFrom) && compatFrom[i] == uint16(r) {
		return append(dst, []rune(compatTo[i])...)
	}
	return append(dst, r)
}
