package corpus

import (
	"bytes"
	"cmp"
	"strings"
	"unicode/utf8"
)

// parseDocument reads data, the text of the article e catalogues, checks it
// against e and finds in it the mentions of lex. It returns no document
// when data is not a text at all.
func parseDocument(e catalogEntry, data []byte, lex *Lexicon) (*Document, ErrorList) {
	ps := problems{file: e.File}
	if !utf8.Valid(data) {
		p := &Problem{File: e.File, Msg: "invalid UTF-8"}
		p.Line, p.Column = position(data, firstInvalid(data))
		return nil, ErrorList{p}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		ps.add("empty file")
		return nil, ps.list
	}
	l := readLayout(string(data))
	d := &Document{
		ID:           e.ID,
		File:         e.File,
		Title:        cmp.Or(strings.TrimSpace(e.Title), l.title),
		Date:         e.date,
		DateInferred: e.DateInferred,
		DateNote:     e.DateNote,
		Source:       e.Source,
		Author:       e.Author,
		Lang:         e.Lang,
	}
	if d.Title == "" {
		ps.add("no headline found, and catalog.json gives no title")
	}
	if len(l.body) == 0 {
		ps.add("no body text")
	}
	n := 0
	for _, text := range l.body {
		var p Paragraph
		for _, s := range splitSentences(text) {
			n++
			p.Sentences = append(p.Sentences, Sentence{N: n, Text: s})
		}
		d.Paragraphs = append(d.Paragraphs, p)
	}
	if !d.Date.IsZero() {
		checkDate(d, l, &ps)
	}
	lex.annotate(d)
	return d, ps.list
}

// firstInvalid returns the offset of the first byte of data that is not
// part of a valid UTF-8 sequence.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}
