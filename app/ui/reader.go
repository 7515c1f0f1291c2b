package ui

import (
	"net/url"
	"strconv"
	"strings"

	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// reader shows one document at /doc/<id>: its metadata, its paragraphs with a
// link to every sentence (#s-<n>), the names it mentions marked, and the
// documents before and after it.
type reader struct {
	app.Compo
	*site
	id     string // as asked in the URL, shown back when unknown
	doc    *corpus.Document
	target int // the sentence the URL points at, or 0
}

func (p *reader) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	p.id = docIDFromPath(routePath(u))
	p.doc, _ = p.corpus.Document(p.id)
	p.target = sentenceFromFragment(u.Fragment)
	p.scrollToTarget(ctx)
	if p.doc == nil {
		setPageMeta(ctx, "Document not found", "No document of the corpus has this address.")
		return
	}
	setPageMeta(ctx, p.doc.Title, firstSentence(p.doc))
}

func (p *reader) OnMount(ctx app.Context) {
	p.scrollToTarget(ctx)
}

// scrollToTarget brings the sentence the URL points at into view once the
// document is rendered. go-app's own scroll to the fragment can run before
// OnNav has rendered the document (a result chosen on another page): the
// sentence is not there yet.
func (p *reader) scrollToTarget(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		if p.target > 0 {
			scrollIntoView(sentenceAnchor(p.target), "start")
		}
	})
}

// docIDFromPath returns the id in a reader path "/doc/<id>".
func docIDFromPath(path string) string {
	id := strings.TrimPrefix(path, "/doc/")
	if unescaped, err := url.PathUnescape(id); err == nil {
		return unescaped
	}
	return id
}

func sentenceAnchor(n int) string { return "s-" + strconv.Itoa(n) }

// sentenceFromFragment reads "s-<n>"; anything else points at no sentence.
func sentenceFromFragment(fragment string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(fragment, "s-"))
	if err != nil || n < 1 || !strings.HasPrefix(fragment, "s-") {
		return 0
	}
	return n
}

func firstSentence(d *corpus.Document) string {
	if len(d.Paragraphs) == 0 || len(d.Paragraphs[0].Sentences) == 0 {
		return d.Title
	}
	return d.Paragraphs[0].Sentences[0].Text
}

func (p *reader) Render() app.UI {
	if p.doc == nil {
		return p.frame(sectionLibrary, docPath(p.id, 0), unknownDocument(p.corpus, p.id))
	}
	d := p.doc
	return p.frame(sectionLibrary, docPath(d.ID, 0),
		app.Div().Class("reader").Body(
			app.Article().Class("document").DataSet("doc", d.ID).Lang(d.Lang).Body(
				app.Header().Body(
					app.H1().Text(d.Title),
					documentMeta(p.corpus.Lexicon, d),
				),
				app.Range(d.Paragraphs).Slice(func(i int) app.UI {
					return p.paragraph(d.Paragraphs[i])
				}),
			),
			mentionsPanel(p.corpus.Lexicon, d),
			neighbours(p.corpus, d),
		),
	)
}

func (p *reader) paragraph(par corpus.Paragraph) app.UI {
	return app.P().Body(
		app.Range(par.Sentences).Slice(func(i int) app.UI {
			return p.sentence(par.Sentences[i])
		}),
	)
}

func (p *reader) sentence(s corpus.Sentence) app.UI {
	class := "sentence"
	if s.N == p.target {
		class += " is-target"
	}
	// The spaces are explicit so that the browser's render has them too: the
	// prerender puts whitespace between children anyway.
	return app.Span().ID(sentenceAnchor(s.N)).Class(class).Body(
		markedText(p.corpus.Lexicon, s),
		app.Text(" "),
		app.A().Class("sentence-anchor").
			Href(href(docPath(p.doc.ID, s.N))).
			Aria("label", "Link to sentence "+strconv.Itoa(s.N)).
			Text(strconv.Itoa(s.N)),
		app.Text(" "),
	)
}

func documentMeta(lex *corpus.Lexicon, d *corpus.Document) app.UI {
	return app.Dl().Class("doc-facts").Body(
		fact("Date", dateElement(d)),
		fact("Source", app.Text(d.Source)),
		app.If(d.Author != "", func() app.UI { return fact("Author", app.Text(d.Author)) }),
		fact("Mainly about", app.A().Href(href(focusLink(d.Focus))).Text(focusLabel(lex, d.Focus))),
		app.If(d.DateInferred, func() app.UI { return fact("Dating", app.Text(d.DateNote)) }),
	)
}

// fact is one term and its value in a description list.
func fact(term string, value app.UI) app.UI {
	return app.Div().Class("fact").Body(app.Dt().Text(term), app.Dd().Body(value))
}

// mentionsPanel lists who and what the document names, most mentioned first.
func mentionsPanel(lex *corpus.Lexicon, d *corpus.Document) app.UI {
	groups := []struct {
		kind  corpus.EntityKind
		title string
	}{
		{corpus.KindCountry, "Countries"},
		{corpus.KindPerson, "People"},
		{corpus.KindOrganisation, "Organisations and frameworks"},
		{corpus.KindTheme, "Themes"},
	}
	return app.Aside().Class("mentions-panel").Aria("labelledby", "mentions-title").Body(
		app.H2().ID("mentions-title").Text("In this document"),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			counts := d.Entities(g.kind)
			if len(counts) == 0 {
				return nil
			}
			return app.Section().Body(
				app.H3().Body(app.Span().Class("legend mention-"+string(g.kind)).Text(g.title)),
				app.Ul().Body(app.Range(counts).Slice(func(j int) app.UI {
					return mentionItem(lex, g.kind, counts[j])
				})),
			)
		}),
	)
}

func mentionItem(lex *corpus.Lexicon, kind corpus.EntityKind, c corpus.EntityCount) app.UI {
	label := entityLabel(lex, kind, c.Entity)
	var name app.UI = app.Span().Text(label)
	if kind == corpus.KindCountry {
		name = app.A().Href(href(libraryPath(c.Entity))).Title("Documents mentioning " + label).Text(label)
	}
	return app.Li().DataSet("entity", c.Entity).Body(
		name,
		app.Span().Class("count").Aria("label", plural(c.Count, "mention")).Text(strconv.Itoa(c.Count)),
	)
}

// neighbours links to the documents before and after d in reading order.
func neighbours(c *corpus.Corpus, d *corpus.Document) app.UI {
	var prev, next *corpus.Document
	for i, doc := range c.Documents {
		if doc == d {
			if i > 0 {
				prev = c.Documents[i-1]
			}
			if i+1 < len(c.Documents) {
				next = c.Documents[i+1]
			}
		}
	}
	return app.Nav().Class("neighbours").Aria("label", "Previous and next documents").Body(
		app.If(prev != nil, func() app.UI {
			return app.A().Rel("prev").Href(href(docPath(prev.ID, 0))).Body(
				app.Span().Class("dir").Text("← Previous"), app.Span().Text(prev.Title))
		}),
		app.If(next != nil, func() app.UI {
			return app.A().Rel("next").Href(href(docPath(next.ID, 0))).Body(
				app.Span().Class("dir").Text("Next →"), app.Span().Text(next.Title))
		}),
	)
}

// unknownDocument answers a reader address whose id the corpus lacks.
func unknownDocument(c *corpus.Corpus, id string) app.UI {
	return app.Section().Class("not-found").Body(
		app.H1().Text("Document not found"),
		app.P().Text("No document of the corpus has the id “"+clip(id, 60)+"”."),
		searchFor(wordsOf("/doc/"+id)),
		app.P().Text("These are the documents it holds:"),
		app.Ul().Class("doc-list compact").Body(
			app.Range(c.Documents).Slice(func(i int) app.UI {
				return libraryEntry(c.Lexicon, c.Documents[i])
			}),
		),
		app.P().Body(app.A().Href(href("/")).Text("Back to the overview")),
	)
}
