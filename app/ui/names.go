package ui

import (
	"chinalac/app/corpus"
)

// entityLabel names a lexicon entity for a reader: "Chile", "Xi Jinping,
// President of China". It falls back to the id for an entity the lexicon
// lacks, which the corpus check already rules out.
func entityLabel(lex *corpus.Lexicon, kind corpus.EntityKind, id string) string {
	switch kind {
	case corpus.KindCountry:
		if c, ok := lex.Country(id); ok {
			return c.Name
		}
	case corpus.KindRegion:
		if r, ok := lex.Region(id); ok {
			return r.Name
		}
	case corpus.KindPerson:
		if p, ok := lex.Person(id); ok {
			if p.Role != "" {
				return p.Name + ", " + p.Role
			}
			return p.Name
		}
	case corpus.KindOrganisation:
		if o, ok := lex.Organisation(id); ok {
			return o.Name
		}
	case corpus.KindTheme:
		if t, ok := lex.Theme(id); ok {
			return t.Name
		}
	}
	return id
}

// focusLabel names a document's focus: a country's name, or "Latin America
// and the Caribbean" for a regional document.
func focusLabel(lex *corpus.Lexicon, focus string) string {
	if focus == corpus.Regional {
		return "Latin America and the Caribbean"
	}
	return entityLabel(lex, corpus.KindCountry, focus)
}
