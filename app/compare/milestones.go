package compare

import (
	"strconv"
	"strings"
)

// A Milestone is an anniversary a sentence marks: "this year marks the 50th
// anniversary of the establishment of diplomatic ties".
type Milestone struct {
	Ordinal int `json:"ordinal"` // 50 for the 50th or fiftieth anniversary
	// Of is what the anniversary is of, as written ("their diplomatic
	// ties"), or "" when the sentence does not say.
	Of string `json:"of"`
	// Diplomatic is true when Of is the diplomatic relation itself.
	Diplomatic bool `json:"diplomatic"`
	// When is the sentence's "this year", "last year" or "next year"; ""
	// when it gives none, and the anniversary falls in the year of the
	// document, whose events it reports.
	When     string   `json:"when"`
	Year     int      `json:"year"`    // of the anniversary: the document's year, shifted by When
	Founded  int      `json:"founded"` // of what it commemorates: Year - Ordinal
	Evidence Evidence `json:"evidence"`
}

// relativeYears are the year phrases resolved against a document's date.
var relativeYears = map[string]int{"last": -1, "this": 0, "next": 1}

// milestones finds the anniversaries in a country's sentences.
func milestones(hits []hit) []Milestone {
	var ms []Milestone
	for _, h := range hits {
		for _, m := range anniversaries(h.s.Text, h.doc.Date.Year) {
			m.Evidence = h.ev.with(m.Evidence.Marks)
			ms = append(ms, m)
		}
	}
	return ms
}

// anniversaries finds "<ordinal> anniversary [of <what>]" in text, dated
// against year, the year of the document. Evidence carries only the marks:
// the anniversary phrase and the year phrase.
func anniversaries(text string, year int) []Milestone {
	ws := words(text, true)
	var ms []Milestone
	for i := 1; i < len(ws); i++ {
		if ws[i].lower() != "anniversary" {
			continue
		}
		n, ok := ordinal(ws[i-1].lower())
		if !ok {
			continue
		}
		m := Milestone{Ordinal: n}
		end := ws[i].end
		if of := i + 1; of < len(ws) && ws[of].lower() == "of" && !clauseBreak(text[ws[i].end:ws[of].start]) {
			last := subjectEnd(text, ws, of+1)
			if last > of {
				m.Of = text[ws[of+1].start:ws[last].end]
				end = ws[last].end
			}
		}
		m.Diplomatic = strings.Contains(strings.ToLower(m.Of), "diplomatic")
		marks := []Span{{ws[i-1].start, end}}
		if j, shift, ok := nearestYearPhrase(ws, i); ok {
			m.When = ws[j].lower() + " year"
			phrase := Span{ws[j].start, ws[j+1].end}
			if phrase.Start < marks[0].Start {
				marks = []Span{phrase, marks[0]}
			} else {
				marks = append(marks, phrase)
			}
			m.Year = shift
		}
		m.Year += year
		m.Founded = m.Year - m.Ordinal
		m.Evidence.Marks = marks
		ms = append(ms, m)
	}
	return ms
}

// subjectStop are words that end what an anniversary is of: "of diplomatic
// ties between the two countries", "of diplomatic ties next year".
var subjectStop = map[string]bool{"between": true, "and": true, "with": true, "next": true, "this": true, "last": true, "in": true, "on": true}

// subjectEnd returns the index of the last word of the phrase that starts at
// ws[from], or from-1 if there is none.
func subjectEnd(text string, ws []word, from int) int {
	last := from - 1
	for k := from; k < len(ws) && !subjectStop[ws[k].lower()]; k++ {
		if k > from && clauseBreak(text[ws[k-1].end:ws[k].start]) {
			break
		}
		last = k
	}
	return last
}

// nearestYearPhrase finds the "last/this/next year" nearest to ws[at], and
// returns the index of its first word and the shift in years it gives.
func nearestYearPhrase(ws []word, at int) (j, shift int, ok bool) {
	best := -1
	for k := 0; k+1 < len(ws); k++ {
		s, isYear := relativeYears[ws[k].lower()]
		if !isYear || ws[k+1].lower() != "year" {
			continue
		}
		if best < 0 || abs(k-at) < abs(best-at) {
			best, shift = k, s
		}
	}
	return best, shift, best >= 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Spelled-out ordinals: "fiftieth", "fifty-fifth", "tenth".
var (
	unitOrdinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	tens         = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	tensOrdinals = []string{"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
)

// ordinal reads an ordinal in lower case, "50th" or "fifty-fifth", up to
// the hundredth.
func ordinal(s string) (int, bool) {
	if len(s) > 2 && s[0] >= '0' && s[0] <= '9' {
		n, err := strconv.Atoi(s[:len(s)-2])
		return n, err == nil && n > 0 && suffix(n) == s[len(s)-2:]
	}
	if s == "hundredth" {
		return 100, true
	}
	for i := 1; i < len(unitOrdinals); i++ {
		if s == unitOrdinals[i] {
			return i, true
		}
	}
	for t := 2; t < len(tens); t++ {
		if s == tensOrdinals[t] {
			return 10 * t, true
		}
		if rest, ok := strings.CutPrefix(s, tens[t]+"-"); ok {
			for u := 1; u < 10; u++ {
				if rest == unitOrdinals[u] {
					return 10*t + u, true
				}
			}
		}
	}
	return 0, false
}
