package compare

import (
	"sort"

	"chinalac/app/corpus"
)

// An Item is something a country's sentences mention, such as a person, a
// framework or a theme, with the sentences that mention it.
type Item struct {
	ID   string `json:"id"` // lexicon id, or an id of this package (see agreements)
	Name string `json:"name"`
	// Detail is a person's role, or the kind of an organisation or
	// agreement: "framework", "organisation", "grouping", "agreement".
	Detail   string     `json:"detail,omitempty"`
	Count    int        `json:"count"`    // sentences, len(Evidence)
	Evidence []Evidence `json:"evidence"` // in reading order; Marks: the item's words
}

// items gathers Items sentence by sentence, in order of first mention.
type items struct {
	index map[string]int
	list  []Item
}

// add records that ev, marked where it mentions the item, supports it.
func (is *items) add(id, name, detail string, ev Evidence) {
	if is.index == nil {
		is.index = make(map[string]int)
	}
	i, ok := is.index[id]
	if !ok {
		i = len(is.list)
		is.index[id] = i
		is.list = append(is.list, Item{ID: id, Name: name, Detail: detail})
	}
	is.list[i].Evidence = append(is.list[i].Evidence, ev)
	is.list[i].Count++
}

// sorted returns the items, most mentioned first, then by name.
func (is *items) sorted() []Item {
	sort.SliceStable(is.list, func(i, j int) bool {
		a, b := is.list[i], is.list[j]
		return a.Count > b.Count || a.Count == b.Count && a.Name < b.Name
	})
	return is.list
}

// mentioned calls f once for each entity of a kind that s mentions, in order
// of first mention, with the spans of all its mentions in s.
func mentioned(s *corpus.Sentence, kind corpus.EntityKind, f func(id string, spans []Span)) {
	var ids []string
	spans := make(map[string][]Span)
	for _, m := range s.Mentions {
		if m.Kind != kind {
			continue
		}
		if _, ok := spans[m.Entity]; !ok {
			ids = append(ids, m.Entity)
		}
		spans[m.Entity] = append(spans[m.Entity], Span{m.Start, m.End})
	}
	for _, id := range ids {
		f(id, spans[id])
	}
}

// People are the people a country's sentences name, by side.
type People struct {
	Own   []Item `json:"own"`   // the country's own people
	China []Item `json:"china"` // China's
}

// people finds who speaks for each side in a country's sentences. People of
// third countries are left out.
func people(lx *corpus.Lexicon, code string, hits []hit) People {
	var own, china items
	for _, h := range hits {
		mentioned(h.s, corpus.KindPerson, func(id string, spans []Span) {
			p, _ := lx.Person(id)
			switch p.Country {
			case code:
				own.add(id, p.Name, p.Role, h.ev.with(spans))
			case "cn":
				china.add(id, p.Name, p.Role, h.ev.with(spans))
			}
		})
	}
	return People{Own: own.sorted(), China: china.sorted()}
}

// lexiconItems finds the lexicon entities of a kind that a country's
// sentences mention: how they describe the relation, or their themes.
func lexiconItems(lx *corpus.Lexicon, kind corpus.EntityKind, hits []hit) []Item {
	var is items
	for _, h := range hits {
		mentioned(h.s, kind, func(id string, spans []Span) {
			name, _ := lx.Name(kind, id)
			is.add(id, name, "", h.ev.with(spans))
		})
	}
	return is.sorted()
}
