//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"chinalac/app/corpus"
	"chinalac/app/search"
	"chinalac/seeds"
)

// searchCorpus answers a query over the corpus as the site's search does,
// printing the ids of the documents found, best first, one a line. The
// browser tests compare the pages' results with it.
func searchCorpus(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("search", flag.ContinueOnError)
	country := flags.String("country", "", "only documents mentioning this country (ISO code)")
	focus := flags.String("focus", "", "only documents mainly about this country (ISO code or regional)")
	limit := flags.Int("limit", 0, "most documents to print (0: the engine's default)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		return fmt.Errorf("the corpus fails its checks:\n%w", err)
	}
	r := search.FromCorpus(c).Search(search.Query{Text: strings.Join(flags.Args(), " "), Country: *country, Focus: *focus, Limit: *limit})
	for _, h := range r.Hits {
		fmt.Fprintln(stdout, h.DocID)
	}
	return nil
}
