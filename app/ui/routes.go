package ui

import (
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Register routes every page of the app to its component over c. Paths match
// with or without a trailing slash: static hosts redirect /docs to /docs/.
func Register(c *corpus.Corpus) {
	app.Route("/", func() app.Composer { return &overview{corpus: c} })
	app.RouteWithRegexp(`^/docs/?$`, func() app.Composer { return &library{corpus: c} })
	app.RouteWithRegexp(`^/doc/[^/]+/?$`, func() app.Composer { return &reader{corpus: c} })
	app.RouteWithRegexp(`^/about/?$`, func() app.Composer { return &about{corpus: c} })
}

// Pages lists the path of every page to prerender for c.
func Pages(c *corpus.Corpus) []string {
	pages := []string{"/", "/docs", "/about"}
	for _, d := range c.Documents {
		pages = append(pages, docPath(d.ID, 0))
	}
	return pages
}
