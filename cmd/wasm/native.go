//go:build !wasm

// Natively the command builds the static site, serves it, reports the size
// of its WebAssembly, answers a search, or checks the search's benchmarks
// against their budgets. None of this enters app.wasm: that keeps net/http's
// server out of the binary and halves it.

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/app/sitegen"
	"chinalac/app/staticserver"
	"chinalac/app/ui"
	"chinalac/seeds"
)

const usage = `usage:
  wasm snapshot [-out seeds/snapshot.json] [-facts seeds/facts.json]
  wasm build -wasm build/app.wasm [-out dist] [-base /] [-web web]
  wasm serve [-dir dist] [-addr localhost:8000]
  wasm size  [-dir dist] [-budget 1600000]
  wasm search [-country cl] [-focus pe] [-limit 20] query…
  wasm bench [-in build/bench.txt]
`

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wasm:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("no command given\n" + usage)
	}
	switch args[0] {
	case "snapshot":
		return snapshot(args[1:], stdout)
	case "build":
		return build(args[1:], stdout)
	case "serve":
		return serve(args[1:], stdout)
	case "size":
		return size(args[1:], stdout)
	case "search":
		return searchCorpus(args[1:], stdout)
	case "bench":
		return bench(args[1:], stdout)
	}
	return fmt.Errorf("unknown command %q\n%s", args[0], usage)
}

func build(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("build", flag.ContinueOnError)
	out := flags.String("out", "dist", "output directory, emptied first")
	base := flags.String("base", "/", "path the site is hosted under, such as /repo/")
	wasmPath := flags.String("wasm", "", "the compiled app.wasm")
	web := flags.String("web", "web", "directory of static assets")
	cache := flags.String("cache", "", "directory that keeps the compressed copies of app.wasm between builds")
	if err := flags.Parse(args); err != nil {
		return err
	}
	c, _, err := loadCorpus()
	if err != nil {
		return err
	}
	if *wasmPath == "" {
		return errors.New("build needs -wasm, the path of the compiled app.wasm")
	}
	wasm, err := os.ReadFile(*wasmPath)
	if err != nil {
		return err
	}
	prefix := normalizeBase(*base)
	err = sitegen.Build(sitegen.Config{
		Out:    *out,
		Base:   prefix,
		Wasm:   wasm,
		Assets: os.DirFS(*web),
		Pages:  ui.Pages(c),
		NewHandler: func(version string, wasmSize int) http.Handler {
			return ui.NewHandler(prefix, version, wasmSize, ui.Pages(c))
		},
		CompressCache: *cache,
		NotFound:      ui.NotFoundPath,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "built %d pages for %s in %s\n", len(ui.Pages(c)), prefix, *out)
	return nil
}

// loadCorpus reads and checks the corpus in seeds/, extracts the
// comparison's facts about it and routes the pages over both.
func loadCorpus() (*corpus.Corpus, compare.Facts, error) {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		return nil, nil, fmt.Errorf("the corpus fails its checks:\n%w", err)
	}
	facts := compare.FactsOf(c)
	ui.Register(c, func() (compare.Facts, error) { return facts, nil })
	return c, facts, nil
}

// snapshot writes the parsed corpus and the facts about it that app.wasm
// embeds (seeds/snapshot.go).
func snapshot(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("snapshot", flag.ContinueOnError)
	out := flags.String("out", "seeds/snapshot.json", "file to write the corpus to")
	factsOut := flags.String("facts", "seeds/facts.json", "file to write the comparison's facts to")
	if err := flags.Parse(args); err != nil {
		return err
	}
	c, facts, err := loadCorpus()
	if err != nil {
		return err
	}
	corpusJSON, err := c.Snapshot()
	if err != nil {
		return err
	}
	factsJSON, err := facts.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, corpusJSON, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(*factsOut, factsJSON, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote the corpus of %d documents to %s (%d bytes), and the facts about %d countries to %s (%d bytes)\n",
		len(c.Documents), *out, len(corpusJSON), len(facts), *factsOut, len(factsJSON))
	return nil
}

// normalizeBase turns "", "prefix", "/prefix" and "/prefix/" into "/prefix/",
// and anything empty into "/".
func normalizeBase(base string) string {
	base = strings.Trim(base, "/")
	if base == "" {
		return "/"
	}
	return "/" + base + "/"
}

func serve(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := flags.String("dir", "dist", "directory of the built site")
	addr := flags.String("addr", "localhost:8000", "address to listen on")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if _, err := os.Stat(*dir + "/index.html"); err != nil {
		return fmt.Errorf("%s holds no built site: run make build first", *dir)
	}
	fmt.Fprintf(stdout, "serving %s on http://%s\n", *dir, *addr)
	return http.ListenAndServe(*addr, staticserver.Handler(*dir))
}
