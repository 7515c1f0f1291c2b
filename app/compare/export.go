package compare

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
)

// The exports are generated in the browser and offered as downloads, so they
// need no server and work offline. CSV follows RFC 4180 (encoding/csv quotes
// fields as needed, lines end in CRLF); everything is UTF-8; columns and
// JSON fields keep the order documented here.

// CSV returns the matrix as CSV: a header row, then one row per theme, in
// the matrix's current order, with the columns
//
//	theme_id, theme, <one count column per country, headed by its code>,
//	total, difference, coverage
func (m *Matrix) CSV() []byte {
	header := append(append([]string{"theme_id", "theme"}, m.Countries...), "total", "difference", "coverage")
	records := [][]string{header}
	for _, r := range m.Rows {
		rec := []string{r.Theme, r.Name}
		for _, c := range r.Cells {
			rec = append(rec, strconv.Itoa(c.Count))
		}
		rec = append(rec, strconv.Itoa(r.Total), strconv.Itoa(r.Difference), string(r.Coverage))
		records = append(records, rec)
	}
	return writeCSV(records)
}

// JSON returns the matrix as JSON, with the field names of the json tags of
// Matrix, Row, Cell and Evidence: {"countries": [...], "rows": [{"theme",
// "name", "cells": [{"country", "count", "evidence": [{"doc", "sentence",
// "text", "reason", "marks"}]}], "total", "difference", "coverage"}]}.
func (m *Matrix) JSON() []byte { return writeJSON(m) }

// An EvidenceRow is one piece of evidence for one claim of a comparison.
type EvidenceRow struct {
	Country  string `json:"country"`  // ISO code
	Section  string `json:"section"`  // see Comparison.EvidenceRows
	Item     string `json:"item"`     // what the sentence supports: a name, a figure, a milestone
	Doc      string `json:"doc"`      // document id
	Sentence int    `json:"sentence"` // sentence number
	Link     string `json:"link"`     // root-relative: /doc/<doc>#s-<sentence>
	Reason   string `json:"reason"`   // why the sentence counts for the country
	Marked   string `json:"marked"`   // the marked words, separated by " | "
	Text     string `json:"text"`     // the sentence
}

// evidenceHeader is the CSV header of EvidenceCSV, in EvidenceRow's order.
var evidenceHeader = []string{"country", "section", "item", "doc", "sentence", "link", "reason", "marked", "text"}

// EvidenceRows lists every piece of evidence of the comparison: country by
// country, in the order of the profile's sections, which are named
// "own-people", "china-people", "relationship", "milestone", "agreement",
// "theme", "figure", "term" and "quote".
func (c *Comparison) EvidenceRows() []EvidenceRow {
	var rows []EvidenceRow
	for _, p := range c.Profiles {
		add := func(section, item string, evs ...Evidence) {
			for _, e := range evs {
				rows = append(rows, EvidenceRow{
					Country: p.Country, Section: section, Item: item, Doc: e.DocID, Sentence: e.Sentence,
					Link: e.Link(), Reason: e.Reason, Marked: marked(e), Text: e.Text,
				})
			}
		}
		items := func(section string, list []Item) {
			for _, it := range list {
				add(section, it.Name, it.Evidence...)
			}
		}
		items("own-people", p.People.Own)
		items("china-people", p.People.China)
		items("relationship", p.Relationship)
		for _, m := range p.Milestones {
			add("milestone", m.Label(), m.Evidence...)
		}
		items("agreement", p.Agreements)
		items("theme", p.Themes)
		for _, f := range p.Figures {
			add("figure", f.Kind+": "+f.Text, f.Evidence)
		}
		for _, t := range p.Terms {
			add("term", t.Term, t.Evidence...)
		}
		for _, q := range p.Quotes {
			add("quote", q.Speaker, q.Evidence)
		}
	}
	return rows
}

// EvidenceCSV returns EvidenceRows as CSV, with the columns
//
//	country, section, item, doc, sentence, link, reason, marked, text
func (c *Comparison) EvidenceCSV() []byte {
	records := [][]string{evidenceHeader}
	for _, r := range c.EvidenceRows() {
		records = append(records, []string{r.Country, r.Section, r.Item, r.Doc, strconv.Itoa(r.Sentence), r.Link, r.Reason, r.Marked, r.Text})
	}
	return writeCSV(records)
}

// EvidenceJSON returns EvidenceRows as a JSON array of objects with the
// fields of EvidenceCSV's columns.
func (c *Comparison) EvidenceJSON() []byte { return writeJSON(c.EvidenceRows()) }

// marked returns the words e marks.
func marked(e Evidence) string {
	parts := make([]string, 0, len(e.Marks))
	for _, sp := range e.Marks {
		if 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(e.Text) {
			parts = append(parts, e.Text[sp.Start:sp.End])
		}
	}
	return strings.Join(parts, " | ")
}

func writeCSV(records [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true    // RFC 4180
	w.WriteAll(records) // writes to memory: cannot fail
	return b.Bytes()
}

func writeJSON(v any) []byte {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err) // plain structs of strings and numbers always marshal
	}
	return append(b, '\n')
}
