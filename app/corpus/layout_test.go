package corpus

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"chinalac/seeds"
)

// seedText returns the text of the seed whose file name starts with prefix,
// such as "003".
func seedText(t testing.TB, prefix string) string {
	t.Helper()
	names, err := fs.Glob(seeds.FS, prefix+"_*.txt")
	if err != nil || len(names) != 1 {
		t.Fatalf("seed %s: %v %v", prefix, names, err)
	}
	data, err := fs.ReadFile(seeds.FS, names[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestReadLayoutSeeds(t *testing.T) {
	tests := []struct {
		seed       string
		title      string
		header     []string
		paragraphs int
		first      string // start of the first paragraph
		last       string // end of the last paragraph
	}{
		{
			seed:       "000",
			title:      "China pledges more trade and development cooperation with Chile on the 50th anniversary of diplomatic relations",
			header:     []string{"16th Wednesday, December 2020 - 08:30 UTC"},
			paragraphs: 8,
			first:      "China is willing to provide a broader market",
			last:       "better dealing with global challenges.",
		},
		{
			seed:       "001",
			title:      "China seeks to further bolster relations with Chile",
			paragraphs: 13,
			first:      "President Xi Jinping on Friday underlined",
			last:       "the Digital Economy Partnership Agreement.",
		},
		{
			seed:       "002",
			header:     []string{"2024-06-28"},
			paragraphs: 13,
			first:      "BEIJING: Chinese President Xi Jinping said on Friday",
			last:       "countries with a shared future.",
		},
		{
			seed:       "003",
			title:      "China-LAC Overall Cooperation Pushes Ahead on a Great Journey",
			header:     []string{"Zhu Qingqiao", "2016-02-05 16:18"},
			paragraphs: 11,
			first:      "China and Latin American and Caribbean (LAC) countries",
			last:       "of the Ministry of Foreign Affairs)",
		},
		{
			seed:       "004",
			title:      "Xi calls for expanding China Mexico cooperation in finance, electric vehicles",
			paragraphs: 16,
			first:      "SAN FRANCISCO, Nov. 16 (Xinhua) — Chinese President Xi Jinping on Thursday",
			last:       "relations between Latin America and China.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			l := readLayout(seedText(t, tt.seed))
			if l.title != tt.title {
				t.Errorf("title = %q, want %q", l.title, tt.title)
			}
			if !slices.Equal(l.header, tt.header) {
				t.Errorf("header = %q, want %q", l.header, tt.header)
			}
			if len(l.body) != tt.paragraphs {
				t.Fatalf("got %d paragraphs, want %d", len(l.body), tt.paragraphs)
			}
			if !strings.HasPrefix(l.body[0], tt.first) {
				t.Errorf("first paragraph = %q, want it to start %q", l.body[0], tt.first)
			}
			if last := l.body[len(l.body)-1]; !strings.HasSuffix(last, tt.last) {
				t.Errorf("last paragraph = %q, want it to end %q", last, tt.last)
			}
			for _, p := range l.body {
				if strings.Contains(p, "(Archive)") || strings.Contains(p, "Suggest to a friend") || p == "Print" {
					t.Errorf("furniture in body: %q", p)
				}
			}
		})
	}
}

func TestReadLayout(t *testing.T) {
	tests := []struct {
		name string
		text string
		want layout
	}{
		{
			name: "one paragraph per line without blank lines",
			text: "Headline\nFirst paragraph.\nSecond paragraph.\n",
			want: layout{title: "Headline", body: []string{"First paragraph.", "Second paragraph."}},
		},
		{
			name: "blank lines part paragraphs, lines within join",
			text: "Headline\n\nFirst line\nwraps here.\n\n\nSecond paragraph.",
			want: layout{title: "Headline", body: []string{"First line wraps here.", "Second paragraph."}},
		},
		{
			name: "CRLF line ends",
			text: "Headline\r\n\r\nBody one.\r\n\r\nBody two.\r\n",
			want: layout{title: "Headline", body: []string{"Body one.", "Body two."}},
		},
		{
			name: "wrapped first line is no headline",
			text: "Xi met Boric in Lima\non Friday to talk.\n",
			want: layout{body: []string{"Xi met Boric in Lima", "on Friday to talk."}},
		},
		{
			name: "first line of prose is no headline",
			text: "Xi met Boric in Lima on Friday.\n\nThey spoke of copper.",
			want: layout{body: []string{"Xi met Boric in Lima on Friday.", "They spoke of copper."}},
		},
		{
			name: "date marker alone on its line",
			text: "date 2024-06-28\n\nBEIJING: Xi met Boluarte.",
			want: layout{header: []string{"2024-06-28"}, body: []string{"BEIJING: Xi met Boluarte."}},
		},
		{
			name: "caption between paragraphs",
			text: "Headline\n\nOne.\n\nA photo. (Archive)\n\nTwo.",
			want: layout{title: "Headline", body: []string{"One.", "Two."}},
		},
		{
			name: "furniture only",
			text: "中文 | Español\n\nPrint\n",
			want: layout{},
		},
		{
			name: "empty",
			text: "",
			want: layout{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readLayout(tt.text)
			if got.title != tt.want.title || !slices.Equal(got.header, tt.want.header) || !slices.Equal(got.body, tt.want.body) {
				t.Errorf("readLayout(%q) =\n%#v\nwant\n%#v", tt.text, got, tt.want)
			}
		})
	}
}
