package ui

import (
	"time"

	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const (
	// popupResults is how many results the header's pop-up shows; the
	// search page shows them all.
	popupResults = 6
	// blurGrace lets a click on a result land before the pop-up closes.
	blurGrace = 200 * time.Millisecond
	// popupQueryRunes is as much of a cut query as the pop-up quotes.
	popupQueryRunes = 60
)

// searchBox is the search field in the header of every page but the search
// page: a combobox whose best results open under it as you type.
type searchBox struct {
	app.Compo
	Site *site

	searcher
	releaseSlash func()
}

// OnInit points at no result: it runs for the prerendered page too.
func (b *searchBox) OnInit() {
	b.active = -1
}

func (b *searchBox) OnMount(ctx app.Context) {
	b.releaseSlash = focusSearchOnSlash()
	b.Site.warmIndex(ctx)
}

func (b *searchBox) OnDismount() {
	if b.releaseSlash != nil {
		b.releaseSlash()
	}
}

func (b *searchBox) Render() app.UI {
	expanded := b.open && b.value != ""
	return app.Div().Class("search-box").Role("search").Body(
		b.field("search-popup", expanded, expanded, b.onInput, b.onKeyDown).
			OnFocus(func(ctx app.Context, e app.Event) { b.open = true }).
			OnBlur(b.onBlur),
		app.If(expanded, func() app.UI {
			return app.Div().Class("search-popup").Body(
				cutNotice(b.results, popupQueryRunes),
				partialNotice(b.results),
				resultList(b.Site.corpus, "search-popup", b.results, b.active, popupResults),
				didYouMean(b.results, "", ""),
				app.A().Class("all-results").Href(href(searchPath(b.linkQuery(), "", ""))).
					Text(allResultsLabel(b.results)),
			)
		}),
		liveStatus(b.value, b.results),
	)
}

func (b *searchBox) onInput(ctx app.Context, e app.Event) {
	b.open = true
	b.afterTyping(ctx, ctx.JSSrc().Get("value").String(), func(ctx app.Context) {
		b.search(b.Site.index(), search.Query{Text: b.value, Limit: popupResults})
	})
}

func (b *searchBox) onKeyDown(ctx app.Context, e app.Event) {
	b.onKey(ctx, e, "search-popup", b.openSearchPage, nil)
}

// openSearchPage is Enter with no result highlighted: every result.
func (b *searchBox) openSearchPage(ctx app.Context) {
	if b.value != "" {
		ctx.Navigate(href(searchPath(b.linkQuery(), "", "")))
	}
}

// onBlur closes the pop-up once focus has left it.
func (b *searchBox) onBlur(ctx app.Context, e app.Event) {
	ctx.After(blurGrace, func(ctx app.Context) { b.open = false })
}

func allResultsLabel(r search.Results) string {
	if r.Total > popupResults {
		return "All " + plural(r.Total, "result") + " →"
	}
	return "Open the search page →"
}
