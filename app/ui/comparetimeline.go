package ui

import (
	"strconv"

	"chinalac/app/compare"
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// timeline shows every document on one lane per selected country, placed by
// year; a document is on a lane when it has sentences for that country.
func (p *comparePage) timeline() app.UI {
	t := p.cmp.Timeline
	if len(t.Documents) == 0 {
		return nil
	}
	first, last := year(t.Documents[0].Date), year(t.Documents[len(t.Documents)-1].Date)
	years := make([]int, 0, last-first+1)
	for y := first; y <= last; y++ {
		years = append(years, y)
	}
	return app.Section().Class("compare-section").Aria("labelledby", "lanes-title").Body(
		app.H2().ID("lanes-title").Text("Time line"),
		app.Div().Class("lanes years-"+strconv.Itoa(len(years))).Body(
			app.Div().Class("lane-years").Aria("hidden", true).Body(app.Range(years).Slice(func(i int) app.UI {
				return app.Span().Class("at-" + strconv.Itoa(i+1)).Text(strconv.Itoa(years[i]))
			})),
			app.Range(t.Countries).Slice(func(i int) app.UI {
				return p.lane(t, i, first)
			}),
		),
	)
}

func (p *comparePage) lane(t compare.Timeline, i, first int) app.UI {
	code := t.Countries[i]
	docs := t.Lane(code)
	return app.Div().Class("lane").DataSet("country", code).Body(
		app.H3().Text(entityLabel(p.corpus.Lexicon, corpus.KindCountry, code)),
		app.Ol().Body(app.Range(docs).Slice(func(j int) app.UI {
			d := docs[j]
			return app.Li().Class("at-"+strconv.Itoa(year(d.Date)-first+1)).DataSet("doc", d.ID).Body(
				app.A().Href(href(docPath(d.ID, 0))).Title(d.Title).Body(
					app.Time().DateTime(d.Date).Text(d.Date),
					app.Span().Class("lane-title").Text(d.Title),
				),
			)
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
