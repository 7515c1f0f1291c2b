package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RegisterBroken routes every path to a page that shows why the corpus
// could not be loaded (/compare says so of the comparison's facts). The build refuses a
// broken corpus, so a reader sees this only if a build skipped that check
// or its files were damaged; it still beats a blank page.
func RegisterBroken(err error) {
	app.RouteWithRegexp(`^.*$`, func() app.Composer { return &brokenCorpus{err: err.Error()} })
}

type brokenCorpus struct {
	app.Compo
	err string
}

func (p *brokenCorpus) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Corpus unavailable", "The corpus of this build could not be read.")
}

func (p *brokenCorpus) Render() app.UI {
	return app.Main().ID("main").Class("page").Body(
		app.H1().Text("The corpus could not be read"),
		app.P().Text("This build of the viewer holds a corpus that fails its checks:"),
		app.Pre().Class("error").Text(p.err),
	)
}
