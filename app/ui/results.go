package ui

import (
	"strconv"
	"strings"

	"chinalac/app/corpus"
	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// optionID is the id of result i of the listbox listID.
func optionID(listID string, i int) string { return listID + "-" + strconv.Itoa(i) }

// resultList renders up to max hits as the listbox listID, each result an
// option carrying data-doc, in rank order.
func resultList(c *corpus.Corpus, listID string, r search.Results, active, max int) app.UI {
	hits := r.Hits
	if max > 0 && len(hits) > max {
		hits = hits[:max]
	}
	return app.Ul().ID(listID).Class("results").Role("listbox").Aria("label", "Results").Body(
		app.Range(hits).Slice(func(i int) app.UI {
			return resultItem(c, optionID(listID, i), hits[i], i == active)
		}),
	)
}

// resultItem is one option of the listbox. An option holds no link (ARIA
// options are not containers of controls): choosing it, by Enter or a click,
// opens the reader at its best sentence, and a click on one of its sentences
// opens the reader there.
func resultItem(c *corpus.Corpus, id string, h search.Hit, active bool) app.UI {
	d, ok := c.Document(h.DocID)
	if !ok {
		return nil
	}
	class := "result"
	if active {
		class += " is-active"
	}
	return app.Li().ID(id).Class(class).Role("option").Aria("selected", active).DataSet("doc", d.ID).
		OnClick(openAt(hitPath(h))).Body(
		app.Span().Class("result-title").Text(d.Title),
		app.P().Class("doc-meta").Body(
			dateElement(d),
			app.Text(" · "),
			app.Span().Class("badge").Text(focusLabel(c.Lexicon, d.Focus)),
		),
		app.Range(h.Snippets).Slice(func(i int) app.UI {
			return snippet(d, h.Snippets[i])
		}),
	)
}

// snippet shows a matching sentence with the words that matched marked, and
// why they matched when it was not letter for letter.
func snippet(d *corpus.Document, s search.Snippet) app.UI {
	label := "Sentence " + strconv.Itoa(s.Sentence)
	switch s.Sentence {
	case search.TitleSentence:
		label = "Title"
	case search.BylineSentence:
		label = "Byline"
	}
	return app.Div().Class("snippet").Title(label).OnClick(openAt(docPath(d.ID, s.Sentence))).Body(
		highlight(s.Text, s.Marks),
		app.If(why(s.Why) != "", func() app.UI {
			return app.P().Class("why").Text(why(s.Why))
		}),
	)
}

// openAt handles a click by opening the in-app path, and only that: the
// click on a sentence goes no further, to its result.
func openAt(path string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.StopImmediatePropagation()
		ctx.Navigate(href(path))
	}
}

// highlight renders text with the spans marked, as one raw node (see
// markedText). Spans out of order or out of range are skipped.
func highlight(text string, spans []search.Span) app.UI {
	var b strings.Builder
	b.WriteString(`<span class="snippet-text">`)
	at := 0
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		b.WriteString(escape(text[at:sp.Start]))
		b.WriteString(`<mark class="hit">` + escape(text[sp.Start:sp.End]) + `</mark>`)
		at = sp.End
	}
	b.WriteString(escape(text[at:]))
	b.WriteString(`</span>`)
	return app.Raw(b.String())
}

// why explains the matches that were not letter for letter: “copper” for
// “coper” (1 typo).
func why(ms []search.Match) string {
	var parts []string
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Typos == 0 && !m.Prefix {
			continue
		}
		key := m.Query + "\x00" + m.Word
		if seen[key] {
			continue
		}
		seen[key] = true
		part := "“" + m.Word + "” for “" + m.Query + "”"
		switch {
		case m.Typos == 1:
			part += " (1 typo)"
		case m.Typos > 1:
			part += " (" + strconv.Itoa(m.Typos) + " typos)"
		case m.Prefix:
			part += " (as you type)"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Matched " + strings.Join(parts, ", ")
}

// liveStatus announces the number of results to screen readers, politely.
func liveStatus(query string, r search.Results) app.UI {
	return app.P().Class("visually-hidden").Role("status").Aria("live", "polite").Text(resultCount(query, r))
}

// resultCount says how many documents match.
func resultCount(query string, r search.Results) string {
	switch {
	case strings.TrimSpace(query) == "":
		return ""
	case r.Total == 0:
		return "No document matches “" + clip(r.Query, 60) + "”."
	}
	return plural(r.Total, "document") + " for “" + clip(r.Query, 60) + "”."
}

// cutNotice says that a query was too long and to what it was cut, if it
// was, quoting at most quote runes of what was searched.
func cutNotice(r search.Results, quote int) app.UI {
	var bounds []string
	if r.CutRunes {
		bounds = append(bounds, strconv.Itoa(search.MaxQueryRunes)+" characters")
	}
	if r.CutWords {
		bounds = append(bounds, strconv.Itoa(search.MaxQueryWords)+" words")
	}
	if len(bounds) == 0 {
		return nil
	}
	return app.P().Class("notice cut-notice").Text("Your search was cut to its first " +
		strings.Join(bounds, " and ") + ": “" + clip(r.Query, quote) + "”.")
}

// partialNotice says that no document has every word of the query, when
// the results have only some of them.
func partialNotice(r search.Results) app.UI {
	if len(r.Hits) == 0 || r.Hits[0].AllWords {
		return nil
	}
	return app.P().Class("notice partial-notice").Text("No document has all these words; these have at least half of them.")
}

// didYouMean offers the spelling the search suggests, if it has one, as a
// search with the same filters.
func didYouMean(r search.Results, country, focus string) app.UI {
	if r.Suggestion == "" {
		return nil
	}
	return app.P().Class("suggestion").Body(
		app.Text("Did you mean "),
		app.A().Href(href(searchPath(r.Suggestion, country, focus))).Text(r.Suggestion),
		app.Text("?"),
	)
}
