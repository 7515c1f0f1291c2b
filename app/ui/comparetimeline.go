package ui

import (
	"chinalac/app/compare"
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// timeline shows every document of the corpus on one lane per selected
// country, in the lane of each country it has sentences for, and in a lane
// of its own when it has none: a column per year, a run of years without
// documents as one column, so that distance still reads. The columns are a
// grid that flows (see web/style.css): no style attribute, which the site's
// Content-Security-Policy forbids, whatever the span of years.
func (p *comparePage) timeline() app.UI {
	t := p.cmp.Timeline
	if len(t.Documents) == 0 {
		return nil
	}
	columns := timelineRows(p.corpus.Documents)
	lanes := make([][]compare.TimelineDoc, len(t.Countries))
	for i, code := range t.Countries {
		lanes[i] = t.Lane(code)
	}
	others := t.Others()
	return app.Section().Class("compare-section").Aria("labelledby", "lanes-title").Body(
		app.H2().ID("lanes-title").Text("Time line"),
		app.P().Class("lede").Text("Every document of the corpus, in the lane of each country it has sentences for. Choose one to read it."),
		app.Div().Class("lanes").Body(
			app.Div().Class("lane-years").Aria("hidden", true).Body(app.Range(columns).Slice(func(i int) app.UI {
				return app.Span().Text(yearSpan(columns[i].from, columns[i].to))
			})),
			app.Range(t.Countries).Slice(func(i int) app.UI {
				return p.lane("lane", t.Countries[i], entityLabel(p.corpus.Lexicon, corpus.KindCountry, t.Countries[i]), columns, lanes[i])
			}),
			app.If(len(others) > 0, func() app.UI {
				return p.lane("lane lane-other", "", "Other documents", columns, others)
			}),
		),
	)
}

// lane lays docs out in the year columns.
func (p *comparePage) lane(class, code, name string, columns []yearRow, docs []compare.TimelineDoc) app.UI {
	cells := make([][]compare.TimelineDoc, len(columns))
	for _, d := range docs {
		y := year(d.Date)
		for i, c := range columns {
			if c.from <= y && y <= c.to {
				cells[i] = append(cells[i], d)
			}
		}
	}
	div := app.Div().Class(class)
	if code != "" {
		div = div.DataSet("country", code)
	}
	return div.Body(
		app.H3().Text(name),
		app.Div().Class("lane-row").Body(app.Range(cells).Slice(func(i int) app.UI {
			docs := cells[i]
			if len(docs) == 0 {
				return app.Div().Class("lane-cell")
			}
			return app.Div().Class("lane-cell").Body(app.Ul().Body(app.Range(docs).Slice(func(j int) app.UI {
				d := docs[j]
				return app.Li().DataSet("doc", d.ID).Body(
					app.A().Href(href(docPath(d.ID, 0))).Title(d.Title).Body(
						app.Time().DateTime(d.Date).Text(d.Date),
						app.Span().Class("lane-title").Text(d.Title),
					),
				)
			})))
		})),
	)
}

// year reads the year of a YYYY-MM-DD date.
func year(date string) int {
	d, err := corpus.ParseDate(date)
	if err != nil {
		return 0
	}
	return d.Year
}

// exports offers the matrix and the evidence as files, made in the browser.
func (p *comparePage) exports() app.UI {
	base := "china-" + joinCodes(p.view.countries)
	files := []struct {
		label, name, mime string
		data              func() []byte
	}{
		{"Themes (CSV)", base + "-themes.csv", "text/csv", p.cmp.Matrix.CSV},
		{"Themes (JSON)", base + "-themes.json", "application/json", p.cmp.Matrix.JSON},
		{"Evidence (CSV)", base + "-evidence.csv", "text/csv", p.cmp.EvidenceCSV},
		{"Evidence (JSON)", base + "-evidence.json", "application/json", p.cmp.EvidenceJSON},
	}
	return app.Section().Class("compare-section exports").Aria("labelledby", "export-title").Body(
		app.H2().ID("export-title").Text("Download"),
		app.P().Text("The theme matrix and every piece of evidence, with links to the sentences, as made in your browser: no server involved."),
		app.Ul().Class("export-buttons").Body(app.Range(files).Slice(func(i int) app.UI {
			f := files[i]
			return app.Li().Body(app.Button().Type("button").Class("button").DataSet("file", f.name).Text(f.label).
				OnClick(func(ctx app.Context, e app.Event) { download(f.name, f.mime, f.data()) }))
		})),
	)
}

func joinCodes(codes []string) string {
	s := ""
	for i, c := range codes {
		if i > 0 {
			s += "-"
		}
		s += c
	}
	return s
}
