//go:build wasm

package main

import (
	"chinalac/app/corpus"
	"chinalac/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// The corpus was parsed and checked when the site was built.
	register(corpus.FromSnapshot(seeds.Snapshot))
	app.RunWhenOnBrowser()
}
