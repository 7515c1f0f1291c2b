package compare_test

import (
	"fmt"
	"log"

	"chinalac/app/compare"
	"chinalac/app/corpus"
	"chinalac/seeds"
)

func ExampleCompare() {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		log.Fatal(err)
	}
	sel := compare.ParseSelection(c, "CL,pe,mx,zz")
	fmt.Println(sel.Query(), sel.Notices)

	cmp := compare.Compare(c, compare.FactsOf(c), sel)
	for _, p := range cmp.Profiles {
		fmt.Printf("%s: %d sentences in %d documents\n", p.Name, p.Sentences, p.Documents.Count)
		for _, m := range p.Milestones {
			if m.Diplomatic {
				fmt.Printf("  %s, %d sentence(s) from %s\n", m.Label(), len(m.Evidence), m.Evidence[0].Link())
			}
		}
	}
	for _, row := range cmp.Matrix.Rows[:3] {
		fmt.Print(row.Name, ":")
		for _, cell := range row.Cells {
			fmt.Print(" ", cell.Country, "=", cell.Count)
		}
		fmt.Println(" (" + row.Coverage + ")")
	}
	// Output:
	// cl,pe,mx [Not compared, as no Latin American country of the corpus has the code: "zz".]
	// Chile: 28 sentences in 3 documents
	//   the first continental Latin American country to establish diplomatic relations with the People's Republic of China (1970, from the 50th anniversary in 2020), 1 sentence(s) from /doc/xi-pinera-call-2020#s-7
	//   50th anniversary of the establishment of diplomatic relations (2020, “this year” in a text of 2020-12-16; since 1970), 3 sentence(s) from /doc/xi-pinera-call-2020#s-2
	//   55th anniversary of diplomatic ties (2025, “next year” in a text of 2024-11-15, an inferred date; since 1970), 1 sentence(s) from /doc/xi-boric-lima-2024#s-1
	// Peru: 13 sentences in 1 documents
	// Mexico: 19 sentences in 1 documents
	//   50th anniversary of their diplomatic ties (2022, “last year” in a text of 2023-11-16, an inferred date; since 1972), 1 sentence(s) from /doc/xi-lopez-obrador-apec-2023#s-3
	// Trade and free trade agreements: cl=9 pe=1 mx=1 (shared)
	// Multilateralism and global governance: cl=4 pe=2 mx=2 (shared)
	// Infrastructure, transport and ports: cl=2 pe=2 mx=2 (shared)
}

func ExampleKWIC() {
	text := "Meanwhile, Chile ranks as China's third-largest trading partner in Latin America and the primary supplier of copper to China."
	marks := []compare.Span{{Start: 48, End: 63}, {Start: 109, End: 115}}
	for _, s := range compare.KWIC(text, marks, 24) {
		if s.Mark {
			fmt.Print("[", s.Text, "]")
		} else {
			fmt.Print(s.Text)
		}
	}
	fmt.Println()
	// Output:
	// …China's third-largest [trading partner] in Latin America and…
}
