package ui

import (
	"strconv"
	"strings"

	"chinalac/app/compare"
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shades is the number of steps of the cells' shading; the count is always
// written too, so that nothing is told by colour alone.
const shades = 4

// matrix sets the themes against the countries, each cell the number of
// sentences, shaded, and a link to those sentences.
func (p *comparePage) matrix() app.UI {
	m := p.cmp.Matrix
	max := 0
	for _, r := range m.Rows {
		for _, c := range r.Cells {
			if c.Count > max {
				max = c.Count
			}
		}
	}
	return app.Section().Class("compare-section").Aria("labelledby", "matrix-title").Body(
		app.H2().ID("matrix-title").Text("Themes"),
		p.sortLinks(),
		// Outside the table, so that a narrow screen never cuts it off.
		app.P().ID("matrix-caption").Class("matrix-caption").Text("Sentences on each cooperation theme, by country. Choose a number to read its sentences."),
		app.Div().Class("table-wrap").Body(app.Table().Class("matrix").Aria("labelledby", "matrix-title").Aria("describedby", "matrix-caption").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Theme"),
				app.Range(m.Countries).Slice(func(i int) app.UI {
					code := m.Countries[i]
					return app.Th().Scope("col").DataSet("country", code).
						Body(heading(entityLabel(p.corpus.Lexicon, corpus.KindCountry, code), strings.ToUpper(code)))
				}),
				app.Th().Scope("col").Body(heading("Total", "Tot.")),
				app.Th().Scope("col").Body(heading("Difference", "Diff.")),
			)),
			app.TBody().Body(app.Range(m.Rows).Slice(func(i int) app.UI {
				return p.matrixRow(m.Rows[i], max)
			})),
		)),
	)
}

// heading writes a column heading in full, and short for a narrow screen.
func heading(full, short string) app.UI {
	return app.Span().Body(
		app.Span().Class("wide").Text(full),
		app.Abbr().Class("narrow").Title(full).Text(short),
	)
}

func (p *comparePage) matrixRow(r compare.Row, max int) app.UI {
	class := "coverage-" + string(r.Coverage)
	if r.Theme == p.view.theme {
		class += " is-chosen"
	}
	all := p.view
	all.theme, all.in = r.Theme, ""
	return app.Tr().Class(class).DataSet("theme", r.Theme).Body(
		app.Th().Scope("row").Body(
			app.A().Href(href(all.path()+"#theme-evidence")).Text(r.Name),
			app.Span().Class("coverage").Text(p.coverageLabel(r)),
		),
		app.Range(r.Cells).Slice(func(i int) app.UI {
			return p.matrixCell(r, r.Cells[i], max)
		}),
		app.Td().Class("total").Text(strconv.Itoa(r.Total)),
		app.Td().Class("total").Text(strconv.Itoa(r.Difference)),
	)
}

func (p *comparePage) matrixCell(r compare.Row, c compare.Cell, max int) app.UI {
	td := app.Td().Class("cell shade-"+strconv.Itoa(shade(c.Count, max))).DataSet("country", c.Country)
	if c.Count == 0 {
		return td.Body(app.Span().Aria("label", "none").Text("0"))
	}
	cell := p.view
	cell.theme, cell.in = r.Theme, c.Country
	a := app.A().Href(href(cell.path()+"#theme-evidence")).
		Aria("label", entityLabel(p.corpus.Lexicon, corpus.KindCountry, c.Country)+", "+r.Name+": "+plural(c.Count, "sentence")).
		Text(strconv.Itoa(c.Count))
	if r.Theme == p.view.theme && c.Country == p.view.in {
		a = a.Aria("current", "true")
	}
	return td.Body(a)
}

// shade maps a count to a step from 0 (none) to shades (the most).
func shade(n, max int) int {
	switch {
	case n <= 0 || max <= 0:
		return 0
	case max == 1 || n >= max:
		return shades
	}
	return 1 + (n-1)*(shades-1)/(max-1)
}

func (p *comparePage) coverageLabel(r compare.Row) string {
	switch r.Coverage {
	case compare.Shared:
		return "shared by all"
	case compare.Unique:
		for _, c := range r.Cells {
			if c.Count > 0 {
				return "only " + entityLabel(p.corpus.Lexicon, corpus.KindCountry, c.Country)
			}
		}
	}
	return ""
}

func (p *comparePage) sortLinks() app.UI {
	orders := []struct {
		order compare.Order
		label string
	}{
		{compare.ByTotal, "most sentences"},
		{compare.ByDifference, "largest difference"},
		{compare.ByName, "name"},
	}
	return app.Nav().Class("filters").Aria("label", "Sort the themes").Body(app.Ul().Body(
		app.Li().Class("filter-label").Text("Sort by:"),
		app.Range(orders).Slice(func(i int) app.UI {
			next := p.view
			next.sort = orders[i].order
			return app.Li().Body(filterLink(orders[i].label, next.path(), p.view.sort == orders[i].order))
		}),
	))
}

// kwicWidth is how many characters of context a keyword-in-context line
// keeps on either side.
const kwicWidth = 60

// evidence lists the sentences of the chosen cell, or of the chosen row
// country by country, in keyword-in-context form.
func (p *comparePage) evidence() app.UI {
	r, ok := p.row()
	if !ok {
		return nil
	}
	var cells []compare.Cell
	for _, c := range r.Cells {
		if p.view.in == "" || c.Country == p.view.in {
			cells = append(cells, c)
		}
	}
	return app.Section().ID("theme-evidence").Class("compare-section evidence").Aria("labelledby", "evidence-title").Body(
		app.H2().ID("evidence-title").Text(r.Name),
		app.Range(cells).Slice(func(i int) app.UI {
			c := cells[i]
			return app.Section().DataSet("country", c.Country).Body(
				app.H3().Text(entityLabel(p.corpus.Lexicon, corpus.KindCountry, c.Country)+": "+plural(c.Count, "sentence")),
				app.Ol().Class("kwic").Body(app.Range(c.Evidence).Slice(func(j int) app.UI {
					return p.kwicLine(c.Evidence[j])
				})),
			)
		}),
	)
}

func (p *comparePage) kwicLine(e compare.Evidence) app.UI {
	// One raw node: the prerender would put whitespace between a mark and
	// the punctuation beside it.
	line := `<span class="kwic-line">`
	for _, s := range compare.KWIC(e.Text, e.Marks, kwicWidth) {
		if s.Mark {
			line += `<mark class="hit">` + escape(s.Text) + `</mark>`
		} else {
			line += escape(s.Text)
		}
	}
	return app.Li().DataSet("doc", e.DocID).DataSet("sentence", e.Sentence).Body(
		app.A().Href(href(e.Link())).Body(app.Raw(line+`</span>`)),
		app.P().Class("claim-meta").Body(p.docLabel(e), app.Text(" · "+e.Reason)),
	)
}
