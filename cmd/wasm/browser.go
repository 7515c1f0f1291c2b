//go:build wasm

package main

import (
	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/app/ui"
	"chinalac/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	if c, facts, err := load(); err != nil {
		ui.RegisterBroken(err)
	} else {
		ui.Register(c, facts)
	}
	app.RunWhenOnBrowser()
}

// load decodes the corpus and the comparison's facts about it, which were
// parsed, checked and extracted when the site was built.
func load() (*corpus.Corpus, compare.Facts, error) {
	c, err := corpus.FromSnapshot(seeds.Snapshot)
	if err != nil {
		return nil, nil, err
	}
	facts, err := compare.DecodeFacts(c, seeds.Facts)
	return c, facts, err
}
