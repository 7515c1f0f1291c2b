package compare

import (
	"strconv"

	"chinalac/app/corpus"
)

// A Span is a byte range of an Evidence's Text, Text[Start:End]: words to
// mark, such as a theme's terms or a figure.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Evidence is a sentence that supports a claim about a country.
type Evidence struct {
	DocID    string `json:"doc"`      // the document's id
	Sentence int    `json:"sentence"` // corpus.Sentence.N
	Text     string `json:"text"`     // the sentence as written
	// Reason says why the sentence counts for the country: "names Chile",
	// "names Gabriel Boric" or "in a document about Chile".
	Reason string `json:"reason"`
	Marks  []Span `json:"marks,omitempty"` // what supports the claim, in text order
}

// Link returns the root-relative address of the sentence in the reader,
// "/doc/<id>#s-<n>"; a site served under a prefix puts it before.
func (e Evidence) Link() string {
	return "/doc/" + e.DocID + "#s-" + strconv.Itoa(e.Sentence)
}

// with returns a copy of e marking the given spans instead.
func (e Evidence) with(marks []Span) Evidence {
	e.Marks = marks
	return e
}

// A hit is a sentence attributed to a country, with its document, so that
// the sections of a profile can look at its mentions.
type hit struct {
	doc *corpus.Document
	s   *corpus.Sentence
	ev  Evidence // Marks: the mentions that name the country, if any
}
