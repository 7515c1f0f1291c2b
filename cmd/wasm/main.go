// Command wasm is the viewer's one go-app main. Compiled to WebAssembly it
// runs the UI in the browser (browser.go); run natively it builds the static
// site, serves it, reports its size, answers a search or checks the search
// benchmarks against their budgets (native.go).
package main

import (
	"chinalac/app/corpus"
	"chinalac/app/ui"
)

// register routes the pages over the corpus, or every page to the error if
// the corpus could not be read.
func register(c *corpus.Corpus, err error) (*corpus.Corpus, error) {
	if err != nil {
		ui.RegisterBroken(err)
		return nil, err
	}
	ui.Register(c)
	return c, nil
}
