package search

import (
	"slices"
	"strings"
	"testing"
)

// body makes a document whose body is one sentence per argument.
func body(id, title string, sentences ...string) Doc {
	d := Doc{ID: id, Title: title, Focus: "regional"}
	for i, s := range sentences {
		d.Sentences = append(d.Sentences, Sentence{N: i + 1, Text: s})
	}
	return d
}

func ids(r Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.DocID)
	}
	return out
}

// TestRankBuckets pins the order of the rank buckets with small documents
// that differ in one respect.
func TestRankBuckets(t *testing.T) {
	for _, tc := range []struct {
		name  string
		docs  []Doc
		query string
		want  []string // the hits, in order
	}{
		{"exact above prefix (butter, buttery)", []Doc{
			body("buttery", "Bakery", "The buttery croissant is fresh."),
			body("butter", "Bakery", "The butter croissant is fresh."),
		}, "butter", []string{"butter", "buttery"}},
		{"exact above typo: a right spelling leaves out near words", []Doc{
			body("cooper", "Family", "The Cooper family mine."),
			body("copper", "Metal", "The copper in the mine."),
		}, "copper ", []string{"copper"}},
		{"accent-exact above folded", []Doc{
			body("plain", "Chile", "President Pinera spoke."),
			body("accent", "Chile", "President Piñera spoke."),
		}, "Piñera ", []string{"accent", "plain"}},
		{"unaccented query prefers the unaccented spelling", []Doc{
			body("accent", "Chile", "President Piñera spoke."),
			body("plain", "Chile", "President Pinera spoke."),
		}, "Pinera ", []string{"plain", "accent"}},
		{"prefix above typo", []Doc{
			body("typo", "Song", "A chant rose."),
			body("prefix", "Port", "Chancay grew."),
		}, "chanc", []string{"prefix", "typo"}},
		{"one typo above two", []Doc{
			body("two", "Cities", "The infrastructures grew."),
			body("one", "Cities", "The infrastructure grew."),
		}, "infrastrcture ", []string{"one"}},
		{"only every word, when a document has them all, however strong the others", []Doc{
			body("some", "Copper copper", "Copper copper copper copper."),
			body("all", "Report", "The mine sells copper."),
			body("other", "Report", "The mine is closed."),
		}, "copper mine ", []string{"all"}},
		{"many folded words above one prefix", []Doc{
			body("prefix", "Mexico", "Jose Andres Lopez Obradorista spoke."),
			body("folded", "Mexico", "José Andrés López Obrador spoke."),
		}, "Jose Andres Lopez Obrador", []string{"folded", "prefix"}},
		{"folded words and a prefix above exact words and a typo", []Doc{
			body("typo", "Song", "Jose Andres heard a chant."),
			body("prefix", "Port", "José Andrés saw Chancay."),
		}, "Jose Andres chanc", []string{"prefix", "typo"}},
		{"a prefix above a typo, whatever else is folded", []Doc{
			body("typo", "Port", "Jose Andres Lopez saw the chant."),
			body("prefix", "Port", "José Andrés López saw Chancay."),
		}, "Jose Andres Lopez chanc", []string{"prefix", "typo"}},
		{"one typo above two, whatever else is folded", []Doc{
			body("two", "Lima", "Jose Andres Lopez opposed protectionism."),
			body("one", "Lima", "José Andrés López built infrastructure."),
		}, "Jose Andres Lopez infrastrcture protcetionsim ", []string{"one", "two"}},
		{"close above distant", []Doc{
			body("distant", "Report", "Copper is what the old and famous northern mine sells."),
			body("close", "Report", "The copper mine sells ore to smelters across the region."),
		}, "copper mine ", []string{"close", "distant"}},
		{"in order above reversed", []Doc{
			body("reversed", "Report", "The mine copper."),
			body("inorder", "Report", "The copper mine."),
		}, "copper mine ", []string{"inorder", "reversed"}},
		{"title above body", []Doc{
			body("body", "Report on ore", "The copper is sold."),
			body("title", "Report on copper", "The ore is sold."),
		}, "copper ", []string{"title", "body"}},
		{"when no document has every word, half the words at least", []Doc{
			body("one", "Report", "Copper."),
			body("two", "Report", "Copper and lithium."),
			body("three", "Report", "Copper, lithium and silver."),
		}, "copper lithium silver gold ", []string{"three", "two"}},
		{"phrase only in a row", []Doc{
			body("apart", "Trade", "A free market, trade and an agreement."),
			body("row", "Trade", "A free trade agreement."),
			body("across", "Trade", "It was free trade.", "Agreement followed."),
		}, `"free trade agreement"`, []string{"row"}},
		{"CJK run as a phrase", []Doc{
			body("zh", "中国和拉美关系", "中拉论坛"),
			body("en", "China and Latin America", "Forum."),
		}, "拉美", []string{"zh"}},
		{"CJK run order matters", []Doc{
			body("zh", "中国和拉美关系", "中拉论坛"),
		}, "美拉", nil},
		{"right-to-left letters are letters", []Doc{
			body("ar", "مرحبا بالعالم", "שלום עולם"),
			body("en", "Hello world", "Hi."),
		}, "שלום", []string{"ar"}},
		{"hyphenated query finds the split words", []Doc{
			body("split", "Law", "An anti drug law."),
			body("other", "Law", "A drug."),
		}, "anti-drug ", []string{"split"}},
		{"split query finds the hyphenated word", []Doc{
			body("hyphen", "Law", "An anti-drug law."),
			body("other", "Law", "A drug law."),
		}, "anti drug ", []string{"hyphen"}},
		{"a swap among other edits counts one typo", []Doc{
			body("swap", "Lima", "The infrastructure grew."),
		}, "infratsructre ", []string{"swap"}},
		{"two swaps count two typos", []Doc{
			body("swaps", "Trade", "No protectionism."),
		}, "protcetionsim ", []string{"swaps"}},
		{"CJK in a body sentence", []Doc{
			body("zh", "Forum", "China and Latin America met.", "中拉论坛在北京举行。"),
			body("en", "Forum", "The forum met in Beijing."),
		}, "论坛", []string{"zh"}},
		{"full-width letters find the word", []Doc{
			body("cl", "Chile", "Chile sells copper."),
			body("pe", "Peru", "Peru sells copper."),
		}, "Ｃｈｉｌｅ", []string{"cl"}},
		{"a ligature finds the word", []Doc{
			body("fin", "Markets", "The financial markets."),
			body("other", "Markets", "The stock markets."),
		}, "ﬁnancial ", []string{"fin"}},
		{"full-width capitals find the word", []Doc{
			body("cl", "Chile", "Chile sells copper."),
			body("pe", "Peru", "Peru sells copper."),
		}, "ＰＥＲＵ ", []string{"pe"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(tc.docs).Search(Query{Text: tc.query})
			if got := ids(r); !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

func TestFilters(t *testing.T) {
	ix := New([]Doc{
		{ID: "cl", Title: "Copper", Focus: "cl", Countries: []string{"cl", "cn"}},
		{ID: "pe", Title: "Copper", Focus: "pe", Countries: []string{"pe", "cn", "cl"}},
		{ID: "mx", Title: "Copper", Focus: "mx", Countries: []string{"mx"}},
	})
	for _, tc := range []struct {
		q    Query
		want []string
	}{
		{Query{Text: "copper"}, []string{"cl", "mx", "pe"}},
		{Query{Text: "copper", Focus: "pe"}, []string{"pe"}},
		{Query{Text: "copper", Country: "CL"}, []string{"cl", "pe"}},
		{Query{Text: "copper", Country: "cl", Focus: "mx"}, nil},
		{Query{Text: "copper", Limit: 1}, []string{"cl"}},
	} {
		r := ix.Search(tc.q)
		got := ids(r)
		if tc.q.Limit == 0 {
			slices.Sort(got)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%+v) = %v, want %v", tc.q, got, tc.want)
		}
		if tc.q.Limit == 1 && r.Total != 3 {
			t.Errorf("Total with Limit 1 = %d, want 3", r.Total)
		}
	}
}

// marked renders a snippet with its marks in brackets.
func marked(s Snippet) string {
	var b strings.Builder
	last := 0
	for _, m := range s.Marks {
		b.WriteString(s.Text[last:m.Start] + "[" + s.Text[m.Start:m.End] + "]")
		last = m.End
	}
	b.WriteString(s.Text[last:])
	return b.String()
}

func TestSnippets(t *testing.T) {
	ix := New([]Doc{body("d", "Chile and China",
		"Chile sells copper.",
		"The copper and lithium trade grew with Sino-Mexican ties.",
		"Nothing here.",
		"Lithium again.")})
	for _, tc := range []struct {
		query string
		want  []string
		why   []Match
	}{
		{"coper", []string{"Chile sells [copper].", "The [copper] and lithium trade grew with Sino-Mexican ties."}, []Match{{Query: "coper", Word: "copper", Typos: 1}}},
		{"copper lithium ", []string{"The [copper] and [lithium] trade grew with Sino-Mexican ties.", "Chile sells [copper].", "[Lithium] again."}, nil},
		{"sino-mexican ", []string{"The copper and lithium trade grew with [Sino-Mexican] ties."}, nil},
		{"mexican ", []string{"The copper and lithium trade grew with Sino-[Mexican] ties."}, nil},
		{"chil", []string{"[Chile] and China", "[Chile] sells copper."}, []Match{{Query: "chil", Word: "chile", Prefix: true}}},
	} {
		r := ix.Search(Query{Text: tc.query})
		if len(r.Hits) != 1 {
			t.Fatalf("%q: %d hits", tc.query, len(r.Hits))
		}
		var got []string
		for _, s := range r.Hits[0].Snippets {
			got = append(got, marked(s))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q snippets\n got %q\nwant %q", tc.query, got, tc.want)
		}
		if tc.why != nil && !slices.Equal(r.Hits[0].Snippets[0].Why, tc.why) {
			t.Errorf("%q why = %+v, want %+v", tc.query, r.Hits[0].Snippets[0].Why, tc.why)
		}
	}
}

func TestSuggestion(t *testing.T) {
	ix := New([]Doc{
		body("a", "Chile", "President Piñera spoke about copper.", "Piñera again."),
		body("b", "Peru", "Copper mines."),
	})
	for _, tc := range []struct{ query, want string }{
		{"piinerra ", "Piñera"},
		{"copper piinerra ", "copper Piñera"},
		{"zzzzzz ", ""},
		{"copper ", ""},
	} {
		if got := ix.Search(Query{Text: tc.query}).Suggestion; got != tc.want {
			t.Errorf("suggestion for %q = %q, want %q", tc.query, got, tc.want)
		}
	}
}
