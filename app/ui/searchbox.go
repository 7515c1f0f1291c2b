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
)

// searchBox is the search field in the header of every page but the search
// page: a combobox whose best results open under it as you type.
type searchBox struct {
	app.Compo
	Site *site

	searcher
	open         bool
	releaseSlash func()
}

func (b *searchBox) OnMount(ctx app.Context) {
	b.active = -1
	b.releaseSlash = focusSearchOnSlash()
}

func (b *searchBox) OnDismount() {
	if b.releaseSlash != nil {
		b.releaseSlash()
	}
}

func (b *searchBox) Render() app.UI {
	expanded := b.open && b.value != ""
	return app.Div().Class("search-box").Role("search").Body(
		b.field("search-popup", expanded, b.onInput, b.onKeyDown).
			OnFocus(func(ctx app.Context, e app.Event) { b.open = true }).
			OnBlur(b.onBlur),
		app.If(expanded, func() app.UI {
			return app.Div().Class("search-popup").Body(
				resultList(b.Site.corpus, "search-popup", b.results, b.active, popupResults),
				didYouMean(b.results, "", ""),
				app.A().Class("all-results").Href(href(searchPath(b.value, "", ""))).
					Text(allResultsLabel(b.results)),
			)
		}),
		liveStatus(b.value, b.results),
	)
}

func (b *searchBox) onInput(ctx app.Context, e app.Event) {
	b.open = true
	b.afterTyping(ctx, ctx.JSSrc().Get("value").String(), func(ctx app.Context) {
		b.search(b.Site.index, search.Query{Text: b.value, Limit: popupResults})
	})
}

func (b *searchBox) onKeyDown(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		b.open = true
		b.move(+1)
	case "ArrowUp":
		e.PreventDefault()
		b.move(-1)
	case "Escape":
		if b.value == "" {
			ctx.JSSrc().Call("blur")
		}
		b.clear()
		b.open = false
	case "Enter":
		e.PreventDefault()
		if b.value == "" {
			return
		}
		link, ok := b.activeLink()
		if !ok {
			link = searchPath(b.value, "", "")
		}
		b.open = false
		ctx.Navigate(href(link))
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
