package ui

import (
	"fmt"
	"strconv"

	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// overview is the home page: what the corpus is, its documents on a time line
// and the ways into it.
type overview struct {
	app.Compo
	*site
}

func (p *overview) OnNav(ctx app.Context) {
	setPageMeta(ctx, "", corpusSummary(p.corpus))
}

func (p *overview) Render() app.UI {
	return p.frame(sectionOverview, "/",
		app.H1().Text("China and Latin America, in the words of the press"),
		app.P().Class("lede").Text(corpusSummary(p.corpus)),
		focusEntryPoints(p.corpus),
		app.Section().Aria("labelledby", "timeline-title").Body(
			app.H2().ID("timeline-title").Text("Time line"),
			timeline(p.corpus),
		),
	)
}

// corpusSummary says in one sentence what the corpus holds.
func corpusSummary(c *corpus.Corpus) string {
	if len(c.Documents) == 0 {
		return "The corpus is empty."
	}
	first, last := c.Documents[0].Date.Year, c.Documents[len(c.Documents)-1].Date.Year
	span := strconv.Itoa(first)
	if last != first {
		span += "–" + strconv.Itoa(last)
	}
	return fmt.Sprintf("%d news articles and commentaries, %s, on China's relations with Latin America: "+
		"read each one sentence by sentence, with the countries, people and organisations it names marked.",
		len(c.Documents), span)
}

// focusEntryPoints links to the library filtered by each focus of the corpus.
func focusEntryPoints(c *corpus.Corpus) app.UI {
	foci := documentsByFocus(c)
	return app.Section().Class("entry-points").Aria("labelledby", "entry-title").Body(
		app.H2().ID("entry-title").Text("Start reading"),
		app.Ul().Class("cards").Body(
			app.Li().Class("card").Body(
				app.A().Href(href(libraryPath(""))).Body(
					app.Strong().Text("The library"),
					app.Span().Text(fmt.Sprintf("All %d documents, with date, source and focus", len(c.Documents))),
				),
			),
			app.Li().Class("card").Body(
				app.A().Href(href("/compare")).Body(
					app.Strong().Text("Compare"),
					app.Span().Text("Chile, Peru and Mexico side by side, point by point, each claim linked to its sentence"),
				),
			),
			app.Li().Class("card").Body(
				app.A().Href(href(searchPath("", "", ""))).Body(
					app.Strong().Text("Search"),
					app.Span().Text("Find a sentence from a half-remembered name: typos and missing accents forgiven"),
				),
			),
			app.Range(foci).Slice(func(i int) app.UI {
				f := foci[i]
				return app.Li().Class("card").Body(
					app.A().Href(href(focusLink(f.focus))).Body(
						app.Strong().Text(focusLabel(c.Lexicon, f.focus)),
						app.Span().Text(plural(len(f.docs), "document")+" mainly about it"),
					),
				)
			}),
		),
	)
}

// focusLink opens what a focus is about: the library filtered by the country,
// or the single regional document list.
func focusLink(focus string) string {
	if focus == corpus.Regional {
		return "/docs?focus=" + corpus.Regional
	}
	return libraryPath(focus)
}

type focusGroup struct {
	focus string
	docs  []*corpus.Document
}

// documentsByFocus groups documents by focus, in order of first appearance.
func documentsByFocus(c *corpus.Corpus) []focusGroup {
	var groups []focusGroup
	index := map[string]int{}
	for _, d := range c.Documents {
		i, ok := index[d.Focus]
		if !ok {
			i = len(groups)
			index[d.Focus] = i
			groups = append(groups, focusGroup{focus: d.Focus})
		}
		groups[i].docs = append(groups[i].docs, d)
	}
	return groups
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
