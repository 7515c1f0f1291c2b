package corpus

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"chinalac/seeds"
)

func seedLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lex := new(Lexicon)
	if p := readJSON(seeds.FS, lexiconFile, lex); p != nil {
		t.Fatal(p)
	}
	ps := problems{file: lexiconFile}
	if lex.compile(&ps); ps.list != nil {
		t.Fatal(ps.list)
	}
	return lex
}

// FuzzParseDocument checks that no text makes the parser panic, and that
// what it returns holds together.
func FuzzParseDocument(f *testing.F) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
		f.Add(data, true)
	}
	f.Add([]byte("date 2024-06-28"), false)
	f.Add([]byte("Title\n\nNov. 16 — Xi. (LAC). in\r\n\u00a0Print"), true)
	f.Add([]byte("\xff"), false)
	lex := seedLexicon(f)

	f.Fuzz(func(t *testing.T, data []byte, inferred bool) {
		e := catalogEntry{
			File: "f.txt", ID: "f", Date: "2024-11-15", date: Date{2024, 11, 15},
			DateInferred: inferred, Source: "unknown", Lang: "en",
		}
		d, problems := parseDocument(e, data, lex)
		if d == nil {
			if len(problems) == 0 {
				t.Fatal("no document and no problem")
			}
			return
		}
		n := 0
		var all []Mention
		for _, p := range d.Paragraphs {
			if len(p.Sentences) == 0 {
				t.Fatal("empty paragraph")
			}
			for _, s := range p.Sentences {
				n++
				if s.N != n {
					t.Fatalf("sentence %d numbered %d", n, s.N)
				}
				if s.Text == "" || strings.TrimFunc(s.Text, unicode.IsSpace) != s.Text {
					t.Fatalf("sentence %d is %q", n, s.Text)
				}
				for _, m := range s.Mentions {
					if m.Sentence != n || m.Start >= m.End || m.End > len(s.Text) || s.Text[m.Start:m.End] != m.Text {
						t.Fatalf("sentence %d %q: bad mention %+v", n, s.Text, m)
					}
				}
				all = append(all, s.Mentions...)
			}
		}
		if len(all) != len(d.Mentions) {
			t.Fatalf("%d mentions in sentences, %d in the document", len(all), len(d.Mentions))
		}
		for _, m := range d.TitleMentions {
			if m.End > len(d.Title) || d.Title[m.Start:m.End] != m.Text {
				t.Fatalf("title %q: bad mention %+v", d.Title, m)
			}
		}
		if d.Focus != Regional && !lex.latinAmerican(d.Focus) {
			t.Fatalf("focus %q", d.Focus)
		}
	})
}
