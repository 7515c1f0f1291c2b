// Command wasm is the viewer's one go-app main. Compiled to WebAssembly it
// runs the UI in the browser (browser.go); run natively it builds the static
// site, serves it, or reports its size (native.go).
package main

import (
	"chinalac/app/corpus"
	"chinalac/app/ui"
	"chinalac/seeds"
)

// register loads the embedded corpus and routes the pages over it. A corpus
// that fails its checks routes every page to the error instead.
func register() (*corpus.Corpus, error) {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		ui.RegisterBroken(err)
		return nil, err
	}
	ui.Register(c)
	return c, nil
}
