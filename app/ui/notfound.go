package ui

import (
	"strings"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NotFoundPath is the address the build renders the page for unknown
// addresses at, written as 404.html: static hosts serve that file for any
// address they do not have, and the service worker for any it did not cache.
const NotFoundPath = "/404"

// notFound is the page of an address the app has no page for. It says what
// was asked, offers to search for it, and leads back to the main pages.
type notFound struct {
	app.Compo
	*site
	asked string // the path asked for, as the reader typed it
}

func (p *notFound) OnNav(ctx app.Context) {
	p.asked = routePath(ctx.Page().URL())
	setPageMeta(ctx, "Page not found", "There is no page at this address.")
}

func (p *notFound) Render() app.UI {
	// Prerendered as 404.html, the page stands for every unknown address.
	what := app.Text("There is no page at this address.")
	if p.asked != NotFoundPath {
		what = app.Text("There is no page at “" + clip(p.asked, 80) + "”.")
	}
	return p.frame("", p.asked,
		app.Section().Class("not-found").Body(
			app.H1().Text("Page not found"),
			app.P().Body(what),
			searchFor(wordsOf(p.asked)),
			wayBack(),
		),
	)
}

// searchFor is a search form, filled with words to look for. It is a plain
// form, which also works without the app. (app.Elem: each of go-app's
// element types costs about 5 KB of app.wasm.br, and the page is rare.)
func searchFor(words string) app.UI {
	return app.Elem("form").Class("search-for").Role("search").Attr("action", href("/search")).Attr("method", "get").Body(
		app.Elem("label").Attr("for", "search-for").Text("Search the corpus"),
		app.Div().Class("search-for-row").Body(
			app.Input().ID("search-for").Type("search").Name("q").Value(words).AutoComplete(false),
			app.Button().Type("submit").Class("button").Text("Search"),
		),
	)
}

// wayBack links the main pages of the site.
func wayBack() app.UI {
	return app.Nav().Class("way-back").Aria("label", "Main pages").Body(
		app.Ul().Body(
			app.Li().Body(app.A().Href(href("/")).Text("Overview")),
			app.Li().Body(app.A().Href(href(libraryPath(""))).Text("Every document")),
			app.Li().Body(app.A().Href(href("/compare")).Text("Compare countries")),
		),
	)
}

// wordsOf turns an address such as "/doc/xi-boric-2024" into the words a
// reader may have meant: "xi boric 2024". The first segment of a path with
// several, which names the kind of page, is left out.
func wordsOf(path string) string {
	if path == NotFoundPath {
		return ""
	}
	segments := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	if len(segments) > 1 {
		segments = segments[1:]
	}
	words := strings.FieldsFunc(strings.Join(segments, " "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return clip(strings.Join(words, " "), 80)
}
