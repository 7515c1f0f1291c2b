package ui

import (
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// about tells where each document comes from, how to cite the corpus and
// under which terms its texts are shown.
type about struct {
	app.Compo
	*site
}

func (p *about) OnNav(ctx app.Context) {
	setPageMeta(ctx, "About", "Provenance of each document, how to cite the corpus, and licence.")
}

func (p *about) Render() app.UI {
	return p.frame(sectionAbout, "/about",
		app.H1().Text("About this corpus"),
		app.P().Class("lede").Text(corpusSummary(p.corpus)),
		app.Section().Aria("labelledby", "provenance").Body(
			app.H2().ID("provenance").Text("Provenance"),
			app.P().Text("Each text is kept exactly as it was collected, in the file named below. "+
				"Titles are cleaned of page furniture; a source is given only where the text names it. "+
				"Where a text states no date, or no year, the date is that of the event it reports, and is marked as inferred."),
			provenanceTable(p.corpus),
		),
		app.Section().Aria("labelledby", "cite").Body(
			app.H2().ID("cite").Text("How to cite"),
			app.P().Text("Cite a document by its title, source and date, and the sentence you quote by its link: "+
				"every sentence has a stable address of the form /doc/<id>#s-<n>, which opens the reader at that sentence."),
			app.Pre().Class("citation").Text("China–Latin America Press Corpus ("+plural(len(p.corpus.Documents), "document")+"). "+
				"Document <id>, sentence <n>. Read in the China–Latin America Press Viewer."),
		),
		app.Section().Aria("labelledby", "licence").Body(
			app.H2().ID("licence").Text("Licence"),
			app.P().Text("The news texts remain the work and property of their publishers and authors. "+
				"They are reproduced unchanged, for research, criticism and review, with their provenance; "+
				"quote them as you would quote the original. The viewer's code is free software under the MIT licence."),
		),
	)
}

func provenanceTable(c *corpus.Corpus) app.UI {
	return app.Div().Class("table-wrap").Body(
		app.Table().Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Document"),
				app.Th().Scope("col").Text("Date"),
				app.Th().Scope("col").Text("Source"),
				app.Th().Scope("col").Text("File"),
			)),
			app.TBody().Body(app.Range(c.Documents).Slice(func(i int) app.UI {
				d := c.Documents[i]
				return app.Tr().DataSet("doc", d.ID).Body(
					app.Th().Scope("row").Body(
						app.A().Href(href(docPath(d.ID, 0))).Text(d.Title),
						app.If(d.Author != "", func() app.UI { return app.Span().Class("byline").Text("by " + d.Author) }),
					),
					app.Td().Body(
						dateElement(d),
						app.If(d.DateInferred, func() app.UI { return app.Span().Class("note").Text(d.DateNote) }),
					),
					app.Td().Text(d.Source),
					app.Td().Body(app.Code().Text(d.File)),
				)
			})),
		),
	)
}
