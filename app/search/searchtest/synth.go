package searchtest

import (
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is a synthetic document: what app/search's Doc holds, with the body
// as plain sentences.
type Doc struct {
	ID, Title, Focus string
	Countries        []string
	Sentences        []string
}

// Synth makes n documents of 300 to 1,000 words drawn from a
// Zipf-distributed vocabulary of vocabSize words that includes words (the
// spellings of the real corpus, sorted), in sentences of 10 to 30 words,
// with a title each. The same seed gives the same documents.
func Synth(words []string, n, vocabSize int, seed int64) []Doc {
	r := rand.New(rand.NewSource(seed))
	words = slices.Clone(words)
	seen := make(map[string]bool, vocabSize)
	for _, w := range words {
		seen[w] = true
	}
	const consonants, vowels = "bcdfghjklmnprstvwxz", "aeiou"
	for len(words) < vocabSize {
		var b strings.Builder
		for range 1 + r.Intn(4) {
			b.WriteByte(consonants[r.Intn(len(consonants))])
			b.WriteByte(vowels[r.Intn(len(vowels))])
			if r.Intn(3) == 0 {
				b.WriteByte(consonants[r.Intn(len(consonants))])
			}
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(words)-1))
	countries := []string{"cn", "cl", "pe", "mx", "ar", "br", "co", "ec", "cu", "cr"}

	sentence := func(nw int) string {
		var b strings.Builder
		for i := range nw {
			w := words[zipf.Uint64()]
			if i == 0 {
				first, size := utf8.DecodeRuneInString(w)
				b.WriteRune(unicode.ToUpper(first))
				b.WriteString(w[size:])
				continue
			}
			b.WriteByte(' ')
			b.WriteString(w)
		}
		b.WriteByte('.')
		return b.String()
	}
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: "synth-" + strconv.Itoa(i), Title: strings.TrimSuffix(sentence(4+r.Intn(9)), "."), Focus: countries[r.Intn(len(countries))]}
		for left := 300 + r.Intn(701); left > 0; {
			nw := min(left, 10+r.Intn(21))
			d.Sentences = append(d.Sentences, sentence(nw))
			left -= nw
		}
		d.Countries = []string{d.Focus}
		for range r.Intn(3) {
			if c := countries[r.Intn(len(countries))]; !slices.Contains(d.Countries, c) {
				d.Countries = append(d.Countries, c)
			}
		}
		docs[i] = d
	}
	return docs
}
