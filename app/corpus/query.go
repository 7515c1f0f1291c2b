package corpus

import (
	"slices"
	"sort"
)

// Document returns the document with the given id.
func (c *Corpus) Document(id string) (*Document, bool) {
	d, ok := c.byID[id]
	return d, ok
}

// CountriesMentioned returns every country mentioned in the corpus, China
// included, sorted by name.
func (c *Corpus) CountriesMentioned() []Country {
	seen := make(map[string]bool)
	var countries []Country
	for _, d := range c.Documents {
		for _, m := range d.Mentions {
			if m.Kind != KindCountry || seen[m.Entity] {
				continue
			}
			seen[m.Entity] = true
			if country, ok := c.Lexicon.Country(m.Entity); ok {
				countries = append(countries, country)
			}
		}
	}
	sort.Slice(countries, func(i, j int) bool { return countries[i].Name < countries[j].Name })
	return countries
}

// DocumentsMentioning returns the documents that mention an entity, in
// reading order.
func (c *Corpus) DocumentsMentioning(kind EntityKind, id string) []*Document {
	var docs []*Document
	for _, d := range c.Documents {
		if slices.ContainsFunc(d.Mentions, func(m Mention) bool { return m.Kind == kind && m.Entity == id }) {
			docs = append(docs, d)
		}
	}
	return docs
}

// Sentence returns the sentence numbered n.
func (d *Document) Sentence(n int) (*Sentence, bool) {
	if n < 1 {
		return nil, false
	}
	for i := range d.Paragraphs {
		ss := d.Paragraphs[i].Sentences
		if n <= len(ss) {
			return &ss[n-1], true
		}
		n -= len(ss)
	}
	return nil, false
}

// An EntityCount tells how often a document mentions an entity.
type EntityCount struct {
	Entity string // lexicon id
	Count  int
}

// Entities returns the entities of one kind that d's body mentions, most
// mentioned first, then in order of first mention.
func (d *Document) Entities(kind EntityKind) []EntityCount {
	var counts []EntityCount
	index := make(map[string]int)
	for _, m := range d.Mentions {
		if m.Kind != kind {
			continue
		}
		i, ok := index[m.Entity]
		if !ok {
			i = len(counts)
			index[m.Entity] = i
			counts = append(counts, EntityCount{Entity: m.Entity})
		}
		counts[i].Count++
	}
	sort.SliceStable(counts, func(i, j int) bool { return counts[i].Count > counts[j].Count })
	return counts
}

// CountryCodes returns the codes of the countries d's body mentions, China
// included, most mentioned first.
func (d *Document) CountryCodes() []string { return d.entityIDs(KindCountry) }

// ThemeIDs returns the ids of the themes d's body mentions, most mentioned
// first.
func (d *Document) ThemeIDs() []string { return d.entityIDs(KindTheme) }

func (d *Document) entityIDs(kind EntityKind) []string {
	counts := d.Entities(kind)
	ids := make([]string, len(counts))
	for i, c := range counts {
		ids[i] = c.Entity
	}
	return ids
}

// MentionsOf returns d's mentions of one entity, in text order.
func (d *Document) MentionsOf(kind EntityKind, id string) []Mention {
	var ms []Mention
	for _, m := range d.Mentions {
		if m.Kind == kind && m.Entity == id {
			ms = append(ms, m)
		}
	}
	return ms
}
