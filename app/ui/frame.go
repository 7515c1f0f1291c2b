package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// siteName is the name of the viewer, in the header and in page titles.
const siteName = "China–Latin America Press Viewer"

// section names the part of the site a page belongs to, for the navigation.
type section string

const (
	sectionOverview section = "/"
	sectionLibrary  section = "/docs"
	sectionCompare  section = "/compare"
	sectionAbout    section = "/about"
)

var navigation = []struct {
	section section
	label   string
}{
	{sectionOverview, "Overview"},
	{sectionLibrary, "Library"},
	{sectionCompare, "Compare"},
	{sectionAbout, "About"},
}

// frame lays out a page: skip link, header with the search box and the
// navigation, the page's content in the main landmark, and the footer. path
// is the page's own path, which the skip link needs to stay on the page once
// prefixed.
func (s *site) frame(current section, path string, content ...app.UI) app.UI {
	return s.frameWithSearch(&searchBox{Site: s}, current, path, content...)
}

// frameWithSearch is frame with the header's search field given: the search
// page supplies its own, whose results are the page.
func (s *site) frameWithSearch(searchField app.UI, current section, path string, content ...app.UI) app.UI {
	shell := app.Div().Class("shell")
	if app.IsClient {
		// Tells tests and styles that the WebAssembly app has taken over.
		shell = shell.Attr("data-app", "running")
	}
	return shell.Body(
		app.A().Class("skip-link").Href(href(path+"#main")).Text("Skip to content").OnClick(skipToContent),
		siteHeader(current, searchField),
		// Hidden by web/support.js in a browser that can run the app.
		app.P().Class("needs-app").Text("Search and the comparison need a browser that runs JavaScript and WebAssembly. "+
			"The text of every document is here without them."),
		&updateStatus{},
		app.Main().ID("main").Class("page").TabIndex(-1).Body(content...),
		siteFooter(),
		// Shown only in embed mode (?embed=1, web/embed.js), in place of
		// the header and footer; embed.js keeps its href the current view.
		app.A().Class("embed-open").Href(href(path)).Target("_blank").Rel("noopener").
			Title("Opens in a new tab").Text("Open in the "+siteName),
	)
}

func siteHeader(current section, searchField app.UI) app.UI {
	return app.Header().Class("site-header").Body(
		app.A().Class("site-name").Href(href("/")).Body(
			// Decorative: the site's name follows. (go-app drops an empty alt.)
			app.Img().Src("/web/icon.svg").Role("presentation").Width(28).Height(28),
			app.Span().Text(siteName),
		),
		searchField,
		app.Nav().Aria("label", "Main").Body(
			app.Ul().Body(
				app.Range(navigation).Slice(func(i int) app.UI {
					item := navigation[i]
					link := app.A().Href(href(string(item.section))).Text(item.label)
					if item.section == current {
						link = link.Aria("current", "page")
					}
					return app.Li().Body(link)
				}),
			),
		),
	)
}

func siteFooter() app.UI {
	return app.Footer().Class("site-footer").Body(
		app.P().Body(
			app.Text("News texts remain the work of their publishers and are quoted for research; see "),
			app.A().Href(href("/about")).Text("About"),
			app.Text(" for provenance and how to cite."),
		),
		// Hidden unless web/offline.js finds the site cached for offline use.
		app.P().Class("offline-note").Text("Available offline"),
		// web/embed.js fills the panel with the HTML that embeds this view.
		app.Button().Type("button").Class("button embed-button").
			Aria("controls", "embed-panel").Aria("expanded", "false").Text("Embed this view"),
		app.Div().ID("embed-panel").Class("embed-panel").Hidden(true),
	)
}
