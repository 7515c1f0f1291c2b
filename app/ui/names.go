package ui

import (
	"chinalac/app/corpus"
)

// entityLabel names a lexicon entity for a reader: "Chile", "Xi Jinping,
// President of China". It falls back to the id for an entity the lexicon
// lacks, which the corpus check already rules out.
func entityLabel(lex *corpus.Lexicon, kind corpus.EntityKind, id string) string {
	if kind == corpus.KindPerson {
		if p, ok := lex.Person(id); ok && p.Role != "" {
			return p.Name + ", " + p.Role
		}
	}
	if name, ok := lex.Name(kind, id); ok {
		return name
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
