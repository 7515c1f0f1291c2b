package corpus_test

import (
	"fmt"
	"log"

	"chinalac/app/corpus"
	"chinalac/seeds"
)

func ExampleLoad() {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		log.Fatal(err) // an ErrorList: one line per problem, each naming its file
	}
	for _, d := range c.Documents {
		fmt.Println(d.Date, d.Focus, d.ID)
	}
	// Output:
	// 2016-02-05 regional china-celac-journey-2016
	// 2020-12-16 cl xi-pinera-call-2020
	// 2023-11-16 mx xi-lopez-obrador-apec-2023
	// 2024-06-28 pe xi-boluarte-beijing-2024
	// 2024-11-15 cl xi-boric-lima-2024
}

func ExampleDocument_Sentence() {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		log.Fatal(err)
	}
	d, _ := c.Document("xi-boric-lima-2024")
	s, _ := d.Sentence(7)
	fmt.Println(s.Text)
	for _, m := range s.Mentions {
		name, _ := c.Lexicon.Name(m.Kind, m.Entity)
		fmt.Printf("%s %q: %s\n", m.Kind, m.Text, name)
	}
	// Output:
	// Meanwhile, Chile ranks as China's third-largest trading partner in Latin America and the primary supplier of copper to China.
	// country "Chile": Chile
	// country "China": China
	// theme "trading partner": Trade and free trade agreements
	// region "Latin America": Latin America and the Caribbean
	// theme "copper": Mining, minerals and copper
	// country "China": China
}

func ExampleParseDate() {
	d, err := corpus.ParseDate("2024-06-28")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d.Long(), d.Weekday())
	_, err = corpus.ParseDate("2023-02-29")
	fmt.Println(err)
	// Output:
	// 28 June 2024 Friday
	// no such date "2023-02-29"
}
