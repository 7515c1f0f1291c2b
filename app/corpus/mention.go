package corpus

import (
	"cmp"
	"slices"
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
		for _, s := range m.find(text) {
			if m.kind == KindTheme && within(s, names) {
				continue // a common word in a name, as "Trade" in "World Trade Organization"
			}
			if m.kind != KindTheme {
				names = append(names, s)
			}
			ms = append(ms, Mention{
				Kind: m.kind, Entity: s.entity, Sentence: n,
				Start: s.start, End: s.end, Text: text[s.start:s.end],
			})
		}
	}
	slices.SortStableFunc(ms, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	return ms
}

// within reports whether s lies within one of spans.
func within(s span, spans []span) bool {
	return slices.ContainsFunc(spans, func(t span) bool { return t.start <= s.start && s.end <= t.end })
}
