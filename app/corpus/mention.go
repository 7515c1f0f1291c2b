package corpus

import (
	"cmp"
	"sort"
)

// annotate finds the mentions in d's title and sentences, and d's focus.
func (lx *Lexicon) annotate(d *Document) {
	d.Mentions = nil
	for i := range d.Paragraphs {
		for j := range d.Paragraphs[i].Sentences {
			s := &d.Paragraphs[i].Sentences[j]
			s.Mentions = lx.mentions(s.Text, s.N)
			d.Mentions = append(d.Mentions, s.Mentions...)
		}
	}
	d.TitleMentions = lx.mentions(d.Title, 0)
	d.Focus = lx.focus(d)
}

// mentions returns the mentions in text, the sentence numbered n, sorted by
// position; mentions that start together are longest first, then in the
// order of the kinds.
func (lx *Lexicon) mentions(text string, n int) []Mention {
	var ms []Mention
	var names []span // matches of the kinds whose terms are names
	for _, m := range lx.matchers {
		found := m.find(text)
		if commonWords(m.kind) {
			found = outside(found, names)
		} else {
			names = append(names, found...)
		}
		for _, s := range found {
			ms = append(ms, Mention{
				Kind: m.kind, Entity: s.entity, Sentence: n,
				Start: s.start, End: s.end, Text: text[s.start:s.end],
			})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		return cmp.Or(cmp.Compare(ms[i].Start, ms[j].Start), cmp.Compare(ms[j].End, ms[i].End)) < 0
	})
	return ms
}

// outside returns the spans, sorted by start, that do not lie within one of
// names: the common words (themes, relationships) that are not part of a
// name, as "Trade" is of "World Trade Organization". The matchers put
// those kinds last so that all names are known.
func outside(spans, names []span) []span {
	sort.Slice(names, func(i, j int) bool { return names[i].start < names[j].start })
	var out []span
	next, reach := 0, 0 // reach is the furthest end of the names starting at or before s
	for _, s := range spans {
		for ; next < len(names) && names[next].start <= s.start; next++ {
			reach = max(reach, names[next].end)
		}
		if s.end > reach {
			out = append(out, s)
		}
	}
	return out
}
