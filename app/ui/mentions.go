package ui

import (
	"html"
	"sort"
	"strings"

	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// markedKinds are the kinds of mention the reader marks in the text. Themes
// are left unmarked: they are topics, not names, and marking them would
// colour half of every sentence.
var markedKinds = map[corpus.EntityKind]bool{
	corpus.KindCountry:      true,
	corpus.KindRegion:       true,
	corpus.KindPerson:       true,
	corpus.KindOrganisation: true,
}

// visibleMentions picks the mentions of s to mark: of overlapping ones, the
// one that starts first and, among those, the longest ("Asia-Pacific Economic
// Cooperation" over "Asia-Pacific").
func visibleMentions(s corpus.Sentence) []corpus.Mention {
	ms := make([]corpus.Mention, 0, len(s.Mentions))
	for _, m := range s.Mentions {
		if markedKinds[m.Kind] && 0 <= m.Start && m.Start < m.End && m.End <= len(s.Text) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	var out []corpus.Mention
	at := 0
	for _, m := range ms {
		if m.Start >= at {
			out = append(out, m)
			at = m.End
		}
	}
	return out
}

// markedText renders a sentence's text with its mentions marked. It is one
// raw node: go-app indents the children of an element when it prerenders,
// and whitespace between a name and the comma after it would show.
func markedText(lex *corpus.Lexicon, s corpus.Sentence) app.UI {
	var b strings.Builder
	b.WriteString(`<span class="text">`)
	at := 0
	for _, m := range visibleMentions(s) {
		b.WriteString(escape(s.Text[at:m.Start]))
		b.WriteString(`<mark class="mention mention-` + escape(string(m.Kind)) +
			`" data-entity="` + escape(m.Entity) +
			`" title="` + escape(entityLabel(lex, m.Kind, m.Entity)) + `">`)
		b.WriteString(escape(s.Text[m.Start:m.End]))
		b.WriteString(`</mark>`)
		at = m.End
	}
	b.WriteString(escape(s.Text[at:]))
	b.WriteString(`</span>`)
	return app.Raw(b.String())
}

// backslash is escaped too: the site generator reads attribute values as
// go-app writes them, as Go strings.
var escaper = strings.NewReplacer(`\`, "&#92;")

func escape(s string) string { return escaper.Replace(html.EscapeString(s)) }
