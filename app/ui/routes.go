package ui

import (
	"sync"
	"time"

	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// site is what every page reads: the corpus, its search index and the facts
// the comparison draws on. The index and the facts are made on first use,
// not at start-up, where they held the app back (about 70 ms of a cold start
// in Chromium): only the search needs the one, only /compare the other.
type site struct {
	corpus *corpus.Corpus

	indexOnce sync.Once
	built     *search.Index

	factsOnce sync.Once
	loadFacts func() (compare.Facts, error)
	facts     compare.Facts
	factsErr  error
}

// index is the search index of the corpus.
func (s *site) index() *search.Index {
	s.indexOnce.Do(func() { s.built = search.FromCorpus(s.corpus) })
	return s.built
}

// warmIndex builds the index once the app has started, so that it is ready
// by the time someone has typed a query. The sleep is what makes it wait:
// the Go program hands control back to the browser, which then shows the
// started app, only when every goroutine is blocked.
func (s *site) warmIndex(ctx app.Context) {
	ctx.Async(func() {
		time.Sleep(time.Millisecond)
		s.index()
	})
}

// comparisonFacts are the comparison's facts about the corpus, or why they
// could not be read.
func (s *site) comparisonFacts() (compare.Facts, error) {
	s.factsOnce.Do(func() { s.facts, s.factsErr = s.loadFacts() })
	return s.facts, s.factsErr
}

// Register routes every page of the app to its component over c and the
// facts about it (compare.FactsOf), which facts gives when first asked.
// Paths match with or without a trailing slash: static hosts redirect /docs
// to /docs/.
func Register(c *corpus.Corpus, facts func() (compare.Facts, error)) {
	s := &site{corpus: c, loadFacts: facts}
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
