package compare

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"chinalac/app/corpus"
)

// A Milestone is a point in time of a relation that a sentence gives, with
// its year: an anniversary ("this year marks the 50th anniversary of the
// establishment of diplomatic ties"), a first that an anniversary dates
// ("the first continental Latin American country to establish diplomatic
// relations with the People's Republic of China"), or an event the sentence
// gives a year ("hosting the 2024 APEC Leaders' Informal Meeting", "Boric's
// state visit to China over one year ago"). Nothing the texts do not date is
// a milestone: no year is ever guessed.
type Milestone struct {
	Kind string `json:"kind"` // Anniversary, First or Event
	// Ordinal is the anniversary's number: 50 for the 50th or fiftieth.
	Ordinal int `json:"ordinal,omitempty"`
	// Of is what the anniversary is of, as written ("their diplomatic
	// ties"), or "" when the sentence does not say.
	Of string `json:"of,omitempty"`
	// What is the first or the event, in the sentence's words.
	What string `json:"what,omitempty"`
	// Diplomatic is true when it is about the diplomatic relation itself.
	Diplomatic bool `json:"diplomatic"`
	// When is the words that date it: "2024", "next year", "over one year
	// ago"; "" when an anniversary falls in the year of its document,
	// whose events it reports.
	When  string `json:"when"`
	Year  int    `json:"year"`
	About bool   `json:"about"` // Year is approximate: "over one year ago"
	// Dating says how Year follows from the document's date when the
	// sentence does not state it: "“next year” in a text of 2024-11-15,
	// an inferred date". It is "" for a stated year.
	Dating  string `json:"dating"`
	Founded int    `json:"founded,omitempty"` // of what an anniversary commemorates: Year - Ordinal
	// Evidence is every sentence that gives the milestone, in reading
	// order. Marks: the anniversary and its year phrase, the first, or
	// the event.
	Evidence []Evidence `json:"evidence"`

	names []string // the lexicon entities the event names, to merge with
	rank  int      // how directly the year is known: stated 0, by a phrase 1, by the document's year 2
}

// The kinds of milestone.
const (
	Anniversary = "anniversary"
	First       = "first"
	Event       = "event"
)

// relativeYears are the year phrases resolved against a document's date.
var relativeYears = map[string]int{"last": -1, "this": 0, "next": 1}

// milestones finds the milestones in a country's sentences and merges
// those that are the same (see same), in order of year.
func milestones(hits []hit) []Milestone {
	var ms []Milestone
	for _, h := range hits {
	found:
		for _, m := range milestonesIn(h.s, h.doc) {
			m.Evidence[0] = h.ev.with(m.Evidence[0].Marks)
			for i := range ms {
				if same(ms[i], m) {
					ms[i] = merge(ms[i], m)
					continue found
				}
			}
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Year < ms[j].Year })
	for i := range ms {
		// They serve the merging only; the facts keep what the page shows.
		ms[i].names, ms[i].rank = nil, 0
	}
	return ms
}

// same reports whether two milestones of a country are one: anniversaries
// with the same number and year, of the same thing or of something one of
// them leaves unsaid; events of the same year that name the same entity, or
// the same words.
func same(a, b Milestone) bool {
	if a.Kind != b.Kind || a.Year != b.Year {
		return false
	}
	switch a.Kind {
	case Anniversary:
		return a.Ordinal == b.Ordinal && (a.Of == "" || b.Of == "" || a.Diplomatic && b.Diplomatic || strings.EqualFold(a.Of, b.Of))
	case Event:
		for _, n := range a.names {
			if slices.Contains(b.names, n) {
				return true
			}
		}
	}
	return strings.EqualFold(a.What, b.What)
}

// merge adds b's sentences to a. It takes what an anniversary is of from b
// when a leaves it unsaid, and b's dating, and words, when b knows the
// year more directly ("2024" over "this year").
func merge(a, b Milestone) Milestone {
	evidence := append(a.Evidence, b.Evidence...)
	if a.Kind == Anniversary && a.Of == "" {
		a.Of, a.Diplomatic = b.Of, b.Diplomatic
	}
	if b.rank < a.rank {
		a.When, a.About, a.Dating, a.rank, a.What = b.When, b.About, b.Dating, b.rank, b.What
	}
	a.Evidence = evidence
	return a
}

// milestonesIn finds the milestones of sentence s of document d, in text
// order: anniversaries, then the firsts they date, then events. Each has
// one Evidence, which carries only the marks.
func milestonesIn(s *corpus.Sentence, d *corpus.Document) []Milestone {
	text, year := s.Text, d.Date.Year
	ws := words(text, true)
	var ms []Milestone
	dating := make(map[int]bool) // first words of the year phrases that date an anniversary
	for i := 1; i < len(ws); i++ {
		if ws[i].lower() != "anniversary" {
			continue
		}
		n, ok := ordinal(ws[i-1].lower())
		if !ok {
			continue
		}
		m := Milestone{Kind: Anniversary, Ordinal: n, Year: year, rank: 2, Dating: "the year of its text, " + textOf(d)}
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
			dating[j] = true
			m.When = ws[j].lower() + " year"
			m.Year += shift
			m.Dating, m.rank = "“"+m.When+"” in a text of "+textOf(d), 1
			phrase := Span{ws[j].start, ws[j+1].end}
			if phrase.Start < marks[0].Start {
				marks = []Span{phrase, marks[0]}
			} else {
				marks = append(marks, phrase)
			}
		}
		m.Founded = m.Year - m.Ordinal
		m.Evidence = []Evidence{{Marks: marks}}
		ms = append(ms, m)
	}
	ms = append(ms, firsts(text, ms)...)
	return append(ms, events(s, d, ws, dating)...)
}

// textOf gives the date of document d for a Dating: "2024-11-15, an
// inferred date".
func textOf(d *corpus.Document) string {
	s := d.Date.String()
	if d.DateInferred {
		s += ", an inferred date"
	}
	return s
}

// firsts finds the firsts of the diplomatic relation in text ("the first
// continental Latin American country to establish diplomatic relations"),
// which the founding year of an anniversary of the relation in the same
// sentence dates. A first the sentence does not date is no milestone (it
// is among the figures, as a rank).
func firsts(text string, anniversaries []Milestone) []Milestone {
	var dated *Milestone
	for i := range anniversaries {
		if anniversaries[i].Diplomatic {
			dated = &anniversaries[i]
			break
		}
	}
	if dated == nil {
		return nil
	}
	var ms []Milestone
	for _, f := range figuresIn(text) {
		lower := " " + strings.ToLower(f.Text) + " "
		if f.Kind != "rank" || !strings.Contains(lower, " first ") || !strings.Contains(lower, " diplomatic ") {
			continue
		}
		ms = append(ms, Milestone{
			Kind: First, What: f.Text, Diplomatic: true, Year: dated.Founded, rank: dated.rank,
			Dating:   "from the " + strconv.Itoa(dated.Ordinal) + suffix(dated.Ordinal) + " anniversary in " + strconv.Itoa(dated.Year),
			Evidence: []Evidence{{Marks: f.Evidence.Marks}},
		})
	}
	return ms
}

// eventReach is how many words an event may run before or after the words
// that date it: a clause rarely runs longer.
const eventReach = 24

// events finds the events s dates that are not anniversaries: a year
// ("the 2024 APEC Leaders' Informal Meeting"), a year phrase that dates no
// anniversary ("this year's … Meeting"), or a time ago ("over one year
// ago"). The event is the clause around those words, with a relative
// clause that follows them (", which saw the two nations sign …"), never
// cut inside a name.
func events(s *corpus.Sentence, d *corpus.Document, ws []word, dating map[int]bool) []Milestone {
	text := s.Text
	figure := quantity.FindAllStringIndex(text, -1)
	var ms []Milestone
	for i := 0; i < len(ws); i++ {
		m := Milestone{Kind: Event}
		last := i
		shift, relative := relativeYears[ws[i].lower()]
		if y, ok := yearNumber(ws[i].text); ok && !inFigure(text, figure, ws[i].start) {
			m.Year = y
		} else if relative && i+1 < len(ws) && ws[i+1].lower() == "year" && !dating[i] {
			last, m.Year, m.rank = i+1, d.Date.Year+shift, 1
		} else if n, end, ok := yearsAgo(ws, i); ok {
			last, m.Year, m.About, m.rank = end, d.Date.Year-n, true, 1
		} else {
			continue
		}
		m.When = text[ws[i].start:ws[last].end]
		if m.rank > 0 {
			m.Dating = "“" + m.When + "” in a text of " + textOf(d)
		}
		span := eventSpan(s, ws, i, last)
		m.What = text[span.Start:span.End]
		for _, mn := range s.Mentions {
			if mn.Start >= span.Start && mn.End <= span.End && mn.Kind != corpus.KindCountry && mn.Kind != corpus.KindPerson {
				m.names = append(m.names, mn.Entity)
			}
		}
		m.Evidence = []Evidence{{Marks: []Span{span}}}
		ms = append(ms, m)
		i = last
	}
	return ms
}

// yearNumber reads a year written in digits, from 1900 to 2099.
func yearNumber(w string) (int, bool) {
	n, err := strconv.Atoi(w)
	return n, err == nil && len(w) == 4 && n >= 1900 && n < 2100
}

// inFigure reports whether the byte offset at stands in a figure: "2024
// million" and "US$2024 million" are amounts, not years.
func inFigure(text string, figure [][]int, at int) bool {
	for _, loc := range figure {
		if loc[0] <= at && at < loc[1] && quantityKind(text[loc[0]:loc[1]]) != "" {
			return true
		}
	}
	return false
}

// agoWords qualify or count a time ago: "over one year ago", "a year ago".
var (
	agoQualifiers = set("over", "about", "nearly", "almost", "around", "some", "just", "more", "less", "than")
	agoCounts     = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// yearsAgo reads "[qualifiers] <count> year(s) ago" at ws[i], returning the
// count and the index of "ago".
func yearsAgo(ws []word, i int) (n, last int, ok bool) {
	k := i
	for k < len(ws) && agoQualifiers[ws[k].lower()] {
		k++
	}
	if k+2 >= len(ws) {
		return 0, 0, false
	}
	n, ok = agoCounts[ws[k].lower()]
	if d, err := strconv.Atoi(ws[k].text); err == nil {
		n, ok = d, d > 0
	}
	if y := ws[k+1].lower(); !ok || y != "year" && y != "years" || ws[k+2].lower() != "ago" {
		return 0, 0, false
	}
	return n, k + 2, true
}

// eventSpan returns the clause around ws[from..to]: back to a clause break,
// on to a clause break or a word that starts a new phrase outside a name,
// with a relative clause (", which …") just after.
func eventSpan(s *corpus.Sentence, ws []word, from, to int) Span {
	text := s.Text
	inName := func(w word) bool {
		for _, m := range s.Mentions {
			if m.Start < w.start && w.end < m.End {
				return true
			}
		}
		return false
	}
	start := from
	for k := from - 1; k >= 0 && k >= from-eventReach && !eventBreak(text[ws[k].end:ws[k+1].start]); k-- {
		start = k
	}
	end, relative := to, false
	for k := to + 1; k < len(ws) && k <= to+eventReach; k++ {
		between := text[ws[k-1].end:ws[k].start]
		switch {
		case !relative && strings.TrimSpace(between) == "," && ws[k].lower() == "which":
			relative = true
		case eventBreak(between), phraseStop[ws[k].lower()] && !inName(ws[k]):
			return Span{ws[start].start, ws[end].end}
		}
		end = k
	}
	return Span{ws[start].start, ws[end].end}
}

// eventBreak reports whether the text between two words ends a clause.
// Unlike clauseBreak, it lets brackets and quotation marks through: "Asia-
// Pacific Economic Cooperation (APEC) Economic Leaders' Meeting" is one
// name.
func eventBreak(between string) bool { return strings.ContainsAny(between, ",.;:!?—–") }

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

// Label describes a milestone in a few words, with its year and how the
// year is known: "50th anniversary of their diplomatic ties (2022, “last
// year” in a text of 2023-11-16, an inferred date; since 1972)".
func (m Milestone) Label() string {
	s := m.What
	if m.Kind == Anniversary {
		s = strconv.Itoa(m.Ordinal) + suffix(m.Ordinal) + " anniversary"
		if m.Of != "" {
			s += " of " + m.Of
		}
	}
	y := strconv.Itoa(m.Year)
	if m.About {
		y = "about " + y
	}
	if m.Dating != "" {
		y += ", " + m.Dating
	}
	if m.Founded != 0 {
		y += "; since " + strconv.Itoa(m.Founded)
	}
	return s + " (" + y + ")"
}

// suffix returns the English ordinal suffix of n: "st", "nd", "rd" or "th".
func suffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
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
