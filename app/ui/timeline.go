package ui

import (
	"strconv"

	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// yearRow is one row of the time line: a year and its documents, or a run of
// years without any, shown as a single gap so that distance still reads.
type yearRow struct {
	from, to int
	docs     []*corpus.Document
}

// timelineRows lays the documents, already in date order, out by year.
func timelineRows(docs []*corpus.Document) []yearRow {
	var rows []yearRow
	for _, d := range docs {
		y := d.Date.Year
		if n := len(rows); n > 0 {
			last := rows[n-1].to
			if y == last {
				rows[n-1].docs = append(rows[n-1].docs, d)
				continue
			}
			if y > last+1 {
				rows = append(rows, yearRow{from: last + 1, to: y - 1})
			}
		}
		rows = append(rows, yearRow{from: y, to: y, docs: []*corpus.Document{d}})
	}
	return rows
}

func timeline(c *corpus.Corpus) app.UI {
	rows := timelineRows(c.Documents)
	return app.Ol().Class("timeline").Body(
		app.Range(rows).Slice(func(i int) app.UI {
			r := rows[i]
			if len(r.docs) == 0 {
				return app.Li().Class("timeline-gap").Text(yearSpan(r.from, r.to) + ": no documents")
			}
			return app.Li().Class("timeline-year").Body(
				app.H3().Text(strconv.Itoa(r.from)),
				app.Ul().Body(
					app.Range(r.docs).Slice(func(j int) app.UI {
						return timelineEntry(c.Lexicon, r.docs[j])
					}),
				),
			)
		}),
	)
}

func timelineEntry(lex *corpus.Lexicon, d *corpus.Document) app.UI {
	return app.Li().DataSet("doc", d.ID).Body(
		dateElement(d),
		app.A().Href(href(docPath(d.ID, 0))).Text(d.Title),
		app.Span().Class("badge").Text(focusLabel(lex, d.Focus)),
	)
}

func yearSpan(from, to int) string {
	if from == to {
		return strconv.Itoa(from)
	}
	return strconv.Itoa(from) + "–" + strconv.Itoa(to)
}

// dateElement renders a document's date, saying so when it was inferred.
func dateElement(d *corpus.Document) app.UI {
	t := app.Time().DateTime(d.Date.String()).Text(d.Date.Long())
	if !d.DateInferred {
		return t
	}
	return app.Span().Class("date").Body(
		t,
		app.Text(" "), // explicit, as the prerender's whitespace would be
		app.Abbr().Class("inferred").Title(d.DateNote).Text("(inferred)"),
	)
}
