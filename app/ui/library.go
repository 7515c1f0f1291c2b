package ui

import (
	"fmt"

	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// library lists every document, optionally filtered by a country it mentions
// (?country=cl) or by its focus (?focus=pe, ?focus=regional).
type library struct {
	app.Compo
	*site
	filter libraryFilter
}

// libraryFilter is what the URL asks the library to show.
type libraryFilter struct {
	country string // ISO code of a country the documents mention
	focus   string // a focus: ISO code or corpus.Regional
	notice  string // why a filter asked for was not applied
}

// parseLibraryFilter reads the filter from the query, dropping a value the
// corpus cannot answer with a notice instead of an empty page.
func parseLibraryFilter(c *corpus.Corpus, country, focus string) libraryFilter {
	var f libraryFilter
	if country != "" {
		if _, ok := c.Lexicon.Country(country); ok {
			f.country = country
		} else {
			f.notice = fmt.Sprintf("There is no country with the code %q; showing every document.", clip(country, 20))
		}
	}
	if focus != "" {
		if _, ok := c.Lexicon.Country(focus); ok || focus == corpus.Regional {
			f.focus = focus
		} else if f.notice == "" {
			f.notice = fmt.Sprintf("There is no focus %q; showing every document.", clip(focus, 20))
		}
	}
	return f
}

func (f libraryFilter) matches(d *corpus.Document) bool {
	if f.focus != "" && d.Focus != f.focus {
		return false
	}
	if f.country != "" && !mentionsCountry(d, f.country) {
		return false
	}
	return true
}

func mentionsCountry(d *corpus.Document, code string) bool {
	return len(d.MentionsOf(corpus.KindCountry, code)) > 0
}

func (p *library) OnNav(ctx app.Context) {
	q := ctx.Page().URL().Query()
	p.filter = parseLibraryFilter(p.corpus, q.Get("country"), q.Get("focus"))
	setPageMeta(ctx, "Library", "Every document of the corpus with its date, source and focus country.")
}

func (p *library) Render() app.UI {
	docs := p.shown()
	return p.frame(sectionLibrary, "/docs",
		app.H1().Text("Library"),
		app.If(p.filter.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(p.filter.notice)
		}),
		countryFilter(p.corpus, p.filter),
		app.P().Class("count").Role("status").Text(p.countLine(len(docs))),
		app.Ul().Class("doc-list").Body(
			app.Range(docs).Slice(func(i int) app.UI {
				return libraryEntry(p.corpus.Lexicon, docs[i])
			}),
		),
	)
}

func (p *library) shown() []*corpus.Document {
	var docs []*corpus.Document
	for _, d := range p.corpus.Documents {
		if p.filter.matches(d) {
			docs = append(docs, d)
		}
	}
	return docs
}

func (p *library) countLine(n int) string {
	lex := p.corpus.Lexicon
	switch {
	case p.filter.country != "":
		return fmt.Sprintf("%s mentioning %s.", plural(n, "document"), entityLabel(lex, corpus.KindCountry, p.filter.country))
	case p.filter.focus != "":
		return fmt.Sprintf("%s mainly about %s.", plural(n, "document"), focusLabel(lex, p.filter.focus))
	}
	return plural(n, "document") + "."
}

// countryFilter offers every country the corpus mentions, with the number of
// documents that mention it.
func countryFilter(c *corpus.Corpus, f libraryFilter) app.UI {
	countries := c.CountriesMentioned()
	active := f.country == "" && f.focus == ""
	return app.Nav().Class("filters").Aria("label", "Filter by country").Body(
		app.Ul().Body(
			app.Li().Body(filterLink("All", libraryPath(""), active)),
			app.Range(countries).Slice(func(i int) app.UI {
				code := countries[i].Code
				n := len(c.DocumentsMentioning(corpus.KindCountry, code))
				label := fmt.Sprintf("%s (%d)", countries[i].Name, n)
				return app.Li().Body(filterLink(label, libraryPath(code), f.country == code))
			}),
		),
	)
}

func filterLink(label, path string, current bool) app.UI {
	a := app.A().Class("chip").Href(href(path)).Text(label)
	if current {
		a = a.Aria("current", "true")
	}
	return a
}

func libraryEntry(lex *corpus.Lexicon, d *corpus.Document) app.UI {
	return app.Li().DataSet("doc", d.ID).Body(
		app.H2().Body(app.A().Href(href(docPath(d.ID, 0))).Text(d.Title)),
		app.P().Class("doc-meta").Body(
			dateElement(d),
			app.Text(" · "+d.Source+" · "),
			app.Span().Class("badge").Text(focusLabel(lex, d.Focus)),
		),
		app.If(len(d.Paragraphs) > 0 && len(d.Paragraphs[0].Sentences) > 0, func() app.UI {
			return app.P().Class("teaser").Text(d.Paragraphs[0].Sentences[0].Text)
		}),
	)
}

// clip shortens an untrusted value before it is shown back to the reader.
func clip(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}
