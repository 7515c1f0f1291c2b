package search_test

import (
	"fmt"

	"chinalac/app/search"
)

func Example() {
	ix := search.New([]search.Doc{
		{ID: "chile", Title: "Xi calls Piñera", Focus: "cl", Countries: []string{"cl", "cn"}, Sentences: []search.Sentence{
			{N: 1, Text: "Xi Jinping spoke with Sebastian Piñera."},
			{N: 2, Text: "Chile is the primary supplier of copper to China."},
		}},
		{ID: "peru", Title: "Chancay port opens", Focus: "pe", Countries: []string{"pe", "cn"}, Sentences: []search.Sentence{
			{N: 1, Text: "The Chancay port links Peru and Shanghai."},
		}},
	})

	// A typo, and no accent.
	r := ix.Search(search.Query{Text: "coper pinera"})
	for _, h := range r.Hits {
		fmt.Println(h.DocID, h.AllWords)
		for _, s := range h.Snippets {
			for _, m := range s.Marks {
				fmt.Printf("  sentence %d: %q\n", s.Sentence, s.Text[m.Start:m.End])
			}
		}
	}
	for _, w := range r.Words {
		fmt.Printf("%s → %+v\n", w.Query, w.Matches[0])
	}

	// Typing: the last word is also a prefix.
	fmt.Println(ix.Search(search.Query{Text: "Chanc"}).Hits[0].DocID)

	// Nothing matches: a suggestion from the vocabulary.
	fmt.Println(ix.Search(search.Query{Text: "suplierr "}).Suggestion)
	// Output:
	// chile true
	//   sentence 0: "Piñera"
	//   sentence 1: "Piñera"
	//   sentence 2: "copper"
	// coper → {Query:coper Word:copper Typos:1 Prefix:false Folded:false}
	// pinera → {Query:pinera Word:piñera Typos:0 Prefix:false Folded:true}
	// peru
	// supplier
}
