package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chinalac/app/corpus"
)

// speechVerbs mark reported speech: "Xi said", "he stressed".
var speechVerbs = set("said", "says", "stressed", "emphasized", "emphasised", "urged", "expressed", "noted",
	"underlined", "underscored", "pointed", "called", "added", "praised", "lauded", "reiterated", "hailed",
	"welcomed", "highlighted", "voiced", "pledged", "affirmed", "reaffirmed", "spoke")

// A Quote is a key sentence of reported speech.
type Quote struct {
	Evidence Evidence `json:"evidence"` // the sentence as written
	// Text is the sentence without the dateline that may open it
	// ("SAN FRANCISCO, Nov. 16 (Xinhua) — "): the words to quote.
	Text string `json:"text"`
	// Speaker is the lexicon name of the person the sentence reports
	// ("Xi said", "said Xi"), or "" when it names none ("he said").
	Speaker string `json:"speaker"`
	// Side is "own" when the speaker is one of the country's people,
	// "china" when China's, and "" otherwise.
	Side string `json:"side"`
}

// quotes picks a country's key quotes: sentences of reported speech that
// name the country or stand in a document about it. A sentence scores 2 if
// it names a person, 1 if it names the country, and 1 for each theme it
// mentions, up to 3. When both sides speak, the quotes are the best of the
// country's own people and then the best of China's. Otherwise the best
// comes first; then the best from another document, or if no other
// document has one, the next best. Ties go to reading order.
func quotes(lx *corpus.Lexicon, code string, hits []hit) []Quote {
	qs := make([]Quote, len(hits))
	scores := make([]int, len(hits))
	for i, h := range hits {
		scores[i] = -1
		if reported(h.s.Text) && (h.doc.Focus == code || namesCountry(h.s, code)) {
			scores[i] = quoteScore(h.s, code)
			qs[i] = quote(lx, code, h)
		}
	}
	// best returns the index of the best quote that keep accepts, or -1.
	best := func(keep func(i int) bool) int {
		b := -1
		for i := range hits {
			if scores[i] >= 0 && keep(i) && (b < 0 || scores[i] > scores[b]) {
				b = i
			}
		}
		return b
	}
	own := best(func(i int) bool { return qs[i].Side == "own" })
	china := best(func(i int) bool { return qs[i].Side == "china" })
	if own >= 0 && china >= 0 {
		return []Quote{qs[own], qs[china]}
	}
	first := best(func(int) bool { return true })
	if first < 0 {
		return nil
	}
	next := best(func(i int) bool { return hits[i].doc != hits[first].doc })
	if next < 0 {
		next = best(func(i int) bool { return i != first })
	}
	if next < 0 {
		return []Quote{qs[first]}
	}
	return []Quote{qs[first], qs[next]}
}

// quote makes a Quote of h, a sentence attributed to the country code.
func quote(lx *corpus.Lexicon, code string, h hit) Quote {
	q := Quote{Evidence: h.ev, Text: h.s.Text[dateline(h.s.Text):]}
	if id := speaker(h.s); id != "" {
		p, _ := lx.Person(id)
		q.Speaker = p.Name
		switch p.Country {
		case code:
			q.Side = "own"
		case "cn":
			q.Side = "china"
		}
	}
	return q
}

// speakerReach is how many words may stand between a person and the verb of
// their speech: "Xi said", "President Xi Jinping on Friday underlined".
const speakerReach = 3

// speaker returns the lexicon id of the person s reports as speaking: the
// first named within speakerReach words before a speech verb, with no
// punctuation between, or right after one ("…, said Xi"). It is "" when s
// names no speaker.
func speaker(s *corpus.Sentence) string {
	ws := words(s.Text, false)
	for _, m := range s.Mentions {
		if m.Kind != corpus.KindPerson {
			continue
		}
		after := wordsBefore(ws, m.End) // the first word after the name
		for i := after; i < len(ws) && i < after+speakerReach && !clauseBreak(s.Text[m.End:ws[i].start]); i++ {
			if speechVerbs[ws[i].lower()] {
				return m.Entity
			}
		}
		if before := wordsBefore(ws, m.Start) - 1; before >= 0 && speechVerbs[ws[before].lower()] && strings.TrimSpace(s.Text[ws[before].end:m.Start]) == "" {
			return m.Entity
		}
	}
	return ""
}

// wordsBefore returns how many of ws end at or before the byte offset at.
func wordsBefore(ws []word, at int) int {
	n := 0
	for n < len(ws) && ws[n].end <= at {
		n++
	}
	return n
}

// maxDateline is how long a dateline may be.
const maxDateline = 80

// dateline returns the length of the dateline that opens text, as in "SAN
// FRANCISCO, Nov. 16 (Xinhua) — " or "BEIJING: ", or 0 if there is none: a
// place in capitals, ended by a comma, a colon or a bracket, then anything
// up to a dash or a colon.
func dateline(text string) int {
	place, capitals := 0, 0
	for place < len(text) {
		r, n := utf8.DecodeRuneInString(text[place:])
		if unicode.IsUpper(r) {
			capitals++
		} else if !strings.ContainsRune(" .'-", r) {
			break
		}
		place += n
	}
	if capitals < 2 || place == len(text) || !strings.ContainsRune(",:(", rune(text[place])) {
		return 0
	}
	end := -1
	for _, sep := range []string{": ", " — ", " – ", " -- ", " - "} {
		if i := strings.Index(text, sep); i >= 0 && i+len(sep) <= maxDateline && (end < 0 || i+len(sep) < end) {
			end = i + len(sep)
		}
	}
	return max(end, 0)
}

// quoteScore weighs a sentence as a key quote for the country code.
func quoteScore(s *corpus.Sentence, code string) int {
	score := 0
	themes := make(map[string]bool)
	person := false
	for _, m := range s.Mentions {
		switch m.Kind {
		case corpus.KindTheme:
			themes[m.Entity] = true
		case corpus.KindPerson:
			person = true
		}
	}
	if person {
		score += 2
	}
	if namesCountry(s, code) {
		score++
	}
	return score + min(len(themes), 3)
}

// reported reports whether text reports speech.
func reported(text string) bool {
	return slices.ContainsFunc(words(text, false), func(w word) bool { return speechVerbs[w.lower()] })
}

// namesCountry reports whether s mentions the country itself.
func namesCountry(s *corpus.Sentence, code string) bool {
	return slices.ContainsFunc(s.Mentions, func(m corpus.Mention) bool { return m.Kind == corpus.KindCountry && m.Entity == code })
}
