//go:build !wasm

package main

import (
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"strconv"

	"chinalac/app/sitegen"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The page's one asset: an icon of its own, so that nothing is fetched
// from go-app's default icon host.
//
//go:embed web
var web embed.FS

func main() {
	wasmPath := flag.String("wasm", "", "the compiled hello world app.wasm")
	out := flag.String("out", "build/bench/hello-dist", "output directory, emptied first")
	cache := flag.String("cache", "", "directory that keeps the compressed copies of app.wasm between builds")
	flag.Parse()
	if err := build(*wasmPath, *out, *cache); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}

func build(wasmPath, out, cache string) error {
	if wasmPath == "" {
		return fmt.Errorf("-wasm is needed: the path of the compiled app.wasm")
	}
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return err
	}
	assets, err := fs.Sub(web, "web")
	if err != nil {
		return err
	}
	route()
	err = sitegen.Build(sitegen.Config{
		Out:    out,
		Base:   "/",
		Wasm:   wasm,
		Assets: assets,
		Pages:  []string{"/"},
		NewHandler: func(version string, wasmSize int) http.Handler {
			return &app.Handler{
				Name:              "Hello",
				Title:             "Hello",
				Icon:              app.Icon{Default: "/web/icon.svg", SVG: "/web/icon.svg"},
				Version:           version,
				WasmContentLength: strconv.Itoa(wasmSize),
			}
		},
		CompressCache: cache,
	})
	if err != nil {
		return err
	}
	fmt.Printf("hello: built the hello world site in %s\n", out)
	return nil
}
