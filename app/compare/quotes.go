package compare

import (
	"slices"

	"chinalac/app/corpus"
)

// speechVerbs mark reported speech: "Xi said", "he stressed".
var speechVerbs = set("said", "says", "stressed", "emphasized", "emphasised", "urged", "expressed", "noted",
	"underlined", "underscored", "pointed", "called", "added", "praised", "lauded", "reiterated", "hailed",
	"welcomed", "highlighted", "voiced", "pledged", "affirmed", "reaffirmed")

// quotes picks a country's key quotes: sentences of reported speech that
// name the country or stand in a document about it. A sentence scores 2 if
// it names a person, 1 if it names the country, and 1 for each theme it
// mentions, up to 3. The best comes first; then the best from another
// document, or if no other document has one, the next best. Ties go to
// reading order.
func quotes(code string, hits []hit) []Evidence {
	best, second, other := -1, -1, -1 // indexes into hits
	scores := make([]int, len(hits))
	for i, h := range hits {
		scores[i] = -1
		if reported(h.s.Text) && (h.doc.Focus == code || namesCountry(h.s, code)) {
			scores[i] = quoteScore(h.s, code)
		}
	}
	better := func(i, than int) bool { return scores[i] >= 0 && (than < 0 || scores[i] > scores[than]) }
	for i := range hits {
		if better(i, best) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	for i := range hits {
		switch {
		case i == best:
		case hits[i].doc != hits[best].doc:
			if better(i, other) {
				other = i
			}
		case better(i, second):
			second = i
		}
	}
	qs := []Evidence{hits[best].ev}
	if other >= 0 {
		return append(qs, hits[other].ev)
	}
	if second >= 0 {
		return append(qs, hits[second].ev)
	}
	return qs
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
