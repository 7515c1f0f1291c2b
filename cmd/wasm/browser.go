//go:build wasm

package main

import (
	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/app/ui"
	"chinalac/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// main decodes the corpus, parsed and checked when the site was built, and
// routes the pages over it; the comparison's facts, extracted then too, are
// decoded when /compare first asks for them.
func main() {
	if c, err := corpus.FromSnapshot(seeds.Snapshot); err != nil {
		ui.RegisterBroken(err)
	} else {
		ui.Register(c, func() (compare.Facts, error) { return compare.DecodeFacts(c, seeds.Facts) })
	}
	app.RunWhenOnBrowser()
}
