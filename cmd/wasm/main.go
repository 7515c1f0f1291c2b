// Command wasm is the viewer's one go-app main. Compiled to WebAssembly it
// runs the UI in the browser (browser.go); run natively it builds the static
// site, serves it, reports its size, answers a search or checks the search
// benchmarks against their budgets (native.go).
package main
