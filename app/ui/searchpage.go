package ui

import (
	"net/url"

	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageResults is how many results the search page lists.
const pageResults = 50

// searchPage is /search?q=…&country=…&focus=…: every result for the query,
// restored from the URL, with filters. Its field sits in the header, where
// the other pages have the search box, and the page's list is its listbox.
type searchPage struct {
	app.Compo
	*site

	searcher
	country, focus string
	notice         string
	releaseSlash   func()
}

func (p *searchPage) OnNav(ctx app.Context) {
	q := ctx.Page().URL().Query()
	filter := parseLibraryFilter(p.corpus, q.Get("country"), q.Get("focus"))
	p.country, p.focus, p.notice = filter.country, filter.focus, filter.notice
	p.value = q.Get("q")
	p.run()
	setPageMeta(ctx, "Search", "Search the corpus, typos and missing accents forgiven.")
}

func (p *searchPage) OnMount(ctx app.Context) {
	p.releaseSlash = focusSearchOnSlash()
}

func (p *searchPage) OnDismount() {
	if p.releaseSlash != nil {
		p.releaseSlash()
	}
}

func (p *searchPage) run() {
	p.search(p.index(), search.Query{Text: p.value, Country: p.country, Focus: p.focus, Limit: pageResults})
}

func (p *searchPage) Render() app.UI {
	r := p.results
	field := app.Div().Class("search-box").Role("search").Body(
		p.field("search-results", true, p.value != "", p.onInput, p.onKeyDown),
	)
	return p.frameWithSearch(field, "", "/search",
		app.H1().Text("Search"),
		app.If(p.notice != "", func() app.UI { return app.P().Class("notice").Text(p.notice) }),
		cutNotice(r, search.MaxQueryRunes),
		p.filters(),
		app.P().Class("count").Role("status").Aria("live", "polite").Text(resultCount(p.value, r)),
		partialNotice(r),
		didYouMean(r, p.country, p.focus),
		app.If(p.value == "", searchHelp),
		resultList(p.corpus, "search-results", r, p.active, 0),
	)
}

func (p *searchPage) onInput(ctx app.Context, e app.Event) {
	p.afterTyping(ctx, ctx.JSSrc().Get("value").String(), func(ctx app.Context) {
		p.run()
		p.replaceURL(ctx)
	})
}

// replaceURL keeps the address in step with the query as it is typed,
// without a history entry per keystroke.
func (p *searchPage) replaceURL(ctx app.Context) {
	u, err := url.Parse(href(searchPath(p.linkQuery(), p.country, p.focus)))
	if err != nil {
		return
	}
	current := ctx.Page().URL()
	u.Scheme, u.Host = current.Scheme, current.Host
	ctx.Page().ReplaceURL(u)
}

func (p *searchPage) onKeyDown(ctx app.Context, e app.Event) {
	p.onKey(ctx, e, "search-results", nil, func(ctx app.Context) {
		p.run()
		p.replaceURL(ctx)
	})
}

// filters offers the countries documents mention and the foci they have,
// keeping the query.
func (p *searchPage) filters() app.UI {
	countries := p.corpus.CountriesMentioned()
	foci := documentsByFocus(p.corpus)
	q := p.linkQuery()
	return app.Div().Class("filters").Body(
		app.Nav().Aria("label", "Filter by country mentioned").Body(app.Ul().Body(
			app.Li().Class("filter-label").Text("Mentioning:"),
			app.Li().Body(filterLink("Any country", searchPath(q, "", p.focus), p.country == "")),
			app.Range(countries).Slice(func(i int) app.UI {
				code := countries[i].Code
				return app.Li().Body(filterLink(countries[i].Name, searchPath(q, code, p.focus), p.country == code))
			}),
		)),
		app.Nav().Aria("label", "Filter by focus").Body(app.Ul().Body(
			app.Li().Class("filter-label").Text("Mainly about:"),
			app.Li().Body(filterLink("Anything", searchPath(q, p.country, ""), p.focus == "")),
			app.Range(foci).Slice(func(i int) app.UI {
				f := foci[i].focus
				return app.Li().Body(filterLink(focusLabel(p.corpus.Lexicon, f), searchPath(q, p.country, f), p.focus == f))
			}),
		)),
	)
}

// examples show what the search forgives, each one a link.
var examples = []struct{ query, forgives string }{
	{"Pinera", "a missing accent"},
	{"Chancai port", "a wrong letter"},
	{"electic vehicles", "a missing letter"},
	{"Boluatre", "two swapped letters"},
	{"Lopez Obrador", "accents on a name"},
	{"Chanc", "a word half typed"},
}

func searchHelp() app.UI {
	return app.Section().Class("search-help").Aria("labelledby", "search-help-title").Body(
		app.H2().ID("search-help-title").Text("Search as you remember it"),
		app.P().Text("Type a name, a place or a topic in the search field. Results appear as you type; "+
			"missing accents cost nothing, and a typo or two is forgiven in longer words. "+
			"Put words in quotes to find them as a phrase. Press / anywhere to search."),
		app.Ul().Class("examples").Body(
			app.Range(examples).Slice(func(i int) app.UI {
				ex := examples[i]
				return app.Li().Body(
					app.A().Href(href(searchPath(ex.query, "", ""))).Text(ex.query),
					app.Text(" "),
					app.Span().Class("forgives").Text("("+ex.forgives+")"),
				)
			}),
		),
	)
}
