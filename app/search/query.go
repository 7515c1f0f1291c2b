package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// queryWord is one word of a parsed query.
type queryWord struct {
	raw        string // as typed
	term, orig string // folded; lower case with accents
	runes      []rune // of term
	start, end int    // byte range in the cleaned query
	prefix     bool   // the word being typed: also matches as a prefix
	parts      []queryWord
}

// clause is what a document must match to match one part of a query: a
// word, or a phrase whose words must stand at consecutive positions (a
// quoted phrase, or a run of CJK characters).
type clause struct {
	words  []queryWord
	phrase bool
}

// parsedQuery is a query cleaned, cut to its bounds and split into clauses.
type parsedQuery struct {
	text               string
	cutRunes, cutWords bool // which bounds it was cut to
	clauses            []clause
}

// cleanQuery makes any input safe to search: invalid UTF-8 becomes U+FFFD,
// control characters spaces, runs of spaces one space; then it is cut to
// MaxQueryRunes. trailing tells whether the input ended with a space, that
// is, whether its last word is complete.
func cleanQuery(s string) (text string, cut, trailing bool) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	n := 0
	space := true // at the start, drop leading spaces
	for _, r := range s {
		if n == MaxQueryRunes {
			cut = true
			break
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			if !space {
				b.WriteByte(' ')
				n++
				space = true
			}
			continue
		}
		b.WriteRune(r)
		n++
		space = false
	}
	text = b.String()
	trailing = strings.HasSuffix(text, " ")
	return strings.TrimSuffix(text, " "), cut, trailing
}

func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '＂'
}

// parseQuery splits q into clauses. Quotes delimit phrases; an unclosed
// quote runs to the end (the phrase is still being typed). Stop words are
// dropped outside phrases unless the query has nothing else.
func parseQuery(q string) parsedQuery {
	text, cut, trailing := cleanQuery(q)
	pq := parsedQuery{text: text, cutRunes: cut}
	quoted := false
	segStart := 0
	closedLast := false // the query ends with a closing quote
	flush := func(end int) {
		seg := text[segStart:end]
		pq.addSegment(seg, segStart, quoted)
	}
	for i, r := range text {
		if isQuote(r) {
			flush(i)
			segStart = i + utf8.RuneLen(r)
			quoted = !quoted
			closedLast = !quoted && segStart == len(text)
		}
	}
	flush(len(text))

	// The cut in words, stop words counted: it is a bound on what is
	// typed.
	words := 0
	for i := range pq.clauses {
		c := &pq.clauses[i]
		if words+len(c.words) > MaxQueryWords {
			c.words = c.words[:MaxQueryWords-words]
			pq.clauses = pq.clauses[:i+1]
			if len(c.words) == 0 {
				pq.clauses = pq.clauses[:i]
			}
			pq.cutWords = true
			pq.text = strings.TrimSpace(text[:lastEnd(pq.clauses)])
			trailing = true // the words cut off were complete
			break
		}
		words += len(c.words)
	}
	pq.dropStopWords()
	if n := len(pq.clauses); n > 0 && !trailing && !closedLast {
		c := &pq.clauses[n-1]
		w := &c.words[len(c.words)-1]
		w.prefix = lastWordEnds(text, w.end)
	}
	return pq
}

// lastWordEnds tells whether only punctuation follows end: "chanc." is
// still the word being typed, as far as the index can tell.
func lastWordEnds(text string, end int) bool {
	for _, r := range text[end:] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func lastEnd(cs []clause) int {
	if len(cs) == 0 {
		return 0
	}
	ws := cs[len(cs)-1].words
	end := ws[len(ws)-1].end
	return end
}

// addSegment analyses one stretch of the query between quotes.
func (pq *parsedQuery) addSegment(seg string, offset int, quoted bool) {
	var phrase clause
	phrase.phrase = true
	lastCJK := -1
	analyze(seg, 0, func(t token) {
		w := queryWord{raw: seg[t.Start:t.End], term: t.Term, orig: t.Orig, runes: []rune(t.Term), start: offset + t.Start, end: offset + t.End}
		switch {
		case quoted:
			if t.Kind != compoundToken {
				phrase.words = append(phrase.words, w)
			}
		case t.Kind == cjkToken:
			if lastCJK != t.Start || len(pq.clauses) == 0 || !pq.clauses[len(pq.clauses)-1].phrase {
				pq.clauses = append(pq.clauses, clause{phrase: true})
			}
			c := &pq.clauses[len(pq.clauses)-1]
			c.words = append(c.words, w)
			lastCJK = t.End
		case t.Kind == partToken:
			c := &pq.clauses[len(pq.clauses)-1]
			c.words[0].parts = append(c.words[0].parts, w)
		default:
			pq.clauses = append(pq.clauses, clause{words: []queryWord{w}})
		}
	})
	if len(phrase.words) > 0 {
		if len(phrase.words) == 1 {
			phrase.phrase = false
		}
		pq.clauses = append(pq.clauses, phrase)
	}
}

// dropStopWords removes the single-word clauses that are stop words, unless
// that would leave nothing to search.
func (pq *parsedQuery) dropStopWords() {
	kept := pq.clauses[:0:0]
	for _, c := range pq.clauses {
		if c.phrase || len(c.words[0].parts) > 0 || !stopWords[c.words[0].term] {
			kept = append(kept, c)
		}
	}
	if len(kept) > 0 {
		pq.clauses = kept
	}
}
