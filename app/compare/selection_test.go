package compare

import (
	"slices"
	"strings"
	"testing"
)

func TestParseSelection(t *testing.T) {
	c := realCorpus(t)
	tests := []struct {
		name    string
		raw     string
		want    string   // Query()
		notices []string // substrings, one per notice, in order
	}{
		{"empty", "", "cl,pe,mx", nil},
		{"blank", "  , ,", "cl,pe,mx", nil},
		{"default", "cl,pe,mx", "cl,pe,mx", nil},
		{"two", "mx,cl", "mx,cl", nil},
		{"upper case and spaces", " CL , Pe ", "cl,pe", nil},
		{"spaces as separators", "cl pe\tmx", "cl,pe,mx", nil},
		{"duplicates", "cl,CL,pe,cl", "cl,pe", nil},
		{"unknown dropped", "cl,zz,pe,xx", "cl,pe", []string{`"zz", "xx"`}},
		{"not in the corpus", "cl,br,pe", "cl,pe", []string{`"br"`}},
		{"china is no column", "cn,cl,pe", "cl,pe", []string{"China is the partner"}},
		{"more than four", "cl,pe,mx,ar,co,cu", "cl,pe,mx,ar", []string{"At most 4 countries can be compared; left out: Colombia, Cuba."}},
		{"one valid", "cl", "cl,pe,mx", []string{"at least 2"}},
		{"one valid among junk", "pe,qq", "cl,pe,mx", []string{`"qq"`, "at least 2"}},
		{"none valid", "zz", "cl,pe,mx", []string{`"zz"`, "at least 2"}},
		{"control characters", "cl,\x00\x1b[31m,pe", "cl,pe", []string{`"[31m"`}},
		{"unprintable only", "cl,\x07,pe", "cl,pe", []string{`"?"`}},
		{"long item clipped", "cl,pe," + strings.Repeat("x", 500), "cl,pe", []string{`"xxxxxxxxxxxx…"`}},
		{"many unknown", "a1,a2,a3,a4,a5,a6,a7,cl,pe", "cl,pe", []string{`"a5" and 2 more`}},
		{"very long list", strings.Repeat("zz,", 10000) + "cl,pe", "cl,pe,mx", []string{"too long", `"zz"`, "at least 2"}},
		{"html", "<b>cl</b>,pe,mx", "pe,mx", []string{`"<b>cl</b>"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel := ParseSelection(c, tt.raw)
			if got := sel.Query(); got != tt.want {
				t.Errorf("Query() = %q, want %q", got, tt.want)
			}
			if len(sel.Notices) != len(tt.notices) {
				t.Fatalf("notices %q, want %d", sel.Notices, len(tt.notices))
			}
			for i, want := range tt.notices {
				if !strings.Contains(sel.Notices[i], want) {
					t.Errorf("notice %q lacks %q", sel.Notices[i], want)
				}
			}
			for _, n := range sel.Notices {
				if len(n) > 300 || strings.ContainsFunc(n, func(r rune) bool { return r < ' ' }) {
					t.Errorf("notice too long or with control characters: %q", n)
				}
			}
			if n := len(sel.Countries); n < MinCountries || n > MaxCountries {
				t.Errorf("%d countries", n)
			}
		})
	}
}

func TestSelectionIsStable(t *testing.T) {
	c := realCorpus(t)
	sel := ParseSelection(c, "PE, mx")
	again := ParseSelection(c, sel.Query())
	if !slices.Equal(sel.Countries, again.Countries) || len(again.Notices) != 0 {
		t.Errorf("ParseSelection(%q) = %v, %q", sel.Query(), again.Countries, again.Notices)
	}
}
