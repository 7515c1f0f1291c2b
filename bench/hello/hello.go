// Command hello is the floor of make bench's page-load figures: a go-app
// hello world built as the site is (the same compiler flags, the same
// sitegen.Build with prerendered pages and brotli copies of app.wasm, the
// server and generator code kept out of the wasm by build tags), with one
// page and an input that answers as the user types, so that "interactive"
// means for it what it means for the site: a typed query is answered.
//
// Compiled to WebAssembly it runs the page (wasm.go); run natively it
// writes the static site (native.go).
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// hello greets whoever is named in its input.
type hello struct {
	app.Compo
	name string
}

func (h *hello) Render() app.UI {
	name := h.name
	if name == "" {
		name = "world"
	}
	return app.Main().Body(
		app.H1().ID("greeting").Text("Hello, "+name+"!"),
		app.Input().ID("name").Type("text").Placeholder("Your name").Value(h.name).OnInput(h.onInput),
	)
}

func (h *hello) onInput(ctx app.Context, e app.Event) {
	h.name = ctx.JSSrc().Get("value").String()
}

func route() {
	app.Route("/", func() app.Composer { return &hello{} })
}
