// Command export writes the documents and queries that make bench hands to
// every engine, ours and the peers alike, as JSON, from the Go source of
// truth (app/search/searchtest), so that no engine is measured on other
// work:
//
//   - real.json: the real corpus as the site indexes it (search.Docs) and
//     the quality table, with whether each query is misspelt;
//   - synth.json: the 10,000 synthetic documents of the search benchmarks
//     and the queries a person sends typing.
//
// Documents are search.Doc as encoding/json writes it: the peers index its
// Title, Author and the Text of its Sentences.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"chinalac/app/corpus"
	"chinalac/app/search"
	"chinalac/app/search/searchtest"
	"chinalac/seeds"
)

// query is a row of the quality table.
type query struct {
	Query string `json:"query"`
	Kind  string `json:"kind"`
	Want  string `json:"want"`
	Only  bool   `json:"only"`
	Typo  bool   `json:"typo"`
}

func main() {
	out := flag.String("out", "build/bench/data", "directory to write real.json and synth.json to")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		return fmt.Errorf("the corpus fails its checks:\n%w", err)
	}
	docs := search.Docs(c)
	var queries []query
	for _, q := range searchtest.Quality {
		queries = append(queries, query{q.Query, q.Kind, q.Want, q.Only, q.Typo()})
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := write(filepath.Join(out, "real.json"), map[string]any{"docs": docs, "queries": queries}); err != nil {
		return err
	}
	// The synthetic corpus of app/search's benchmarks (synth_test.go):
	// 10,000 documents over a vocabulary of 100,000 words, seed 1.
	var synth []search.Doc
	for _, d := range searchtest.Synth(search.FromCorpus(c).Spellings(), 10000, 100000, 1) {
		doc := search.Doc{ID: d.ID, Title: d.Title, Focus: d.Focus, Countries: d.Countries}
		for i, s := range d.Sentences {
			doc.Sentences = append(doc.Sentences, search.Sentence{N: i + 1, Text: s})
		}
		synth = append(synth, doc)
	}
	return write(filepath.Join(out, "synth.json"), map[string]any{"docs": synth, "keystrokes": searchtest.Keystrokes()})
}

func write(file string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	fmt.Printf("export: wrote %s (%d bytes)\n", file, len(b))
	return os.WriteFile(file, b, 0o644)
}
