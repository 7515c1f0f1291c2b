package ui

import (
	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// site is what every page reads: the corpus and its search index, built
// once at start-up, and the facts the comparison draws on.
type site struct {
	corpus *corpus.Corpus
	index  *search.Index
	facts  compare.Facts
}

// Register routes every page of the app to its component over c and the
// facts about it (compare.FactsOf). Paths match with or without a trailing
// slash: static hosts redirect /docs to /docs/.
func Register(c *corpus.Corpus, facts compare.Facts) {
	s := &site{corpus: c, index: search.FromCorpus(c), facts: facts}
	app.Route("/", func() app.Composer { return &overview{site: s} })
	app.RouteWithRegexp(`^/docs/?$`, func() app.Composer { return &library{site: s} })
	app.RouteWithRegexp(`^/doc/[^/]+/?$`, func() app.Composer { return &reader{site: s} })
	app.RouteWithRegexp(`^/search/?$`, func() app.Composer { return &searchPage{site: s} })
	app.RouteWithRegexp(`^/compare/?$`, func() app.Composer { return &comparePage{site: s} })
	app.RouteWithRegexp(`^/about/?$`, func() app.Composer { return &about{site: s} })
	// Last: go-app tries the patterns in order, and its own page for an
	// unknown address is a bare "404".
	app.RouteWithRegexp(`^.*$`, func() app.Composer { return &notFound{site: s} })
}

// Pages lists the path of every page to prerender for c.
func Pages(c *corpus.Corpus) []string {
	pages := []string{"/", "/docs", "/search", "/compare", "/about"}
	for _, d := range c.Documents {
		pages = append(pages, docPath(d.ID, 0))
	}
	return pages
}
