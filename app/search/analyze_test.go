package search

import (
	"fmt"
	"strings"
	"testing"
)

// tokens renders the analysis of s as "term@pos" (compounds "term@pos+"),
// with the original spelling when it differs: "pinera(piñera)@3".
func tokens(s string) string {
	var out []string
	analyze(s, 0, func(t token) {
		w := t.Term
		if t.Orig != t.Term {
			w += "(" + t.Orig + ")"
		}
		if s[t.Start:t.End] == "" {
			w += "!empty"
		}
		suffix := ""
		if t.Kind == compoundToken {
			suffix = "+"
		}
		out = append(out, fmt.Sprintf("%s@%d%s", w, t.Pos, suffix))
	})
	return strings.Join(out, " ")
}

func TestAnalyze(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"China's readiness", "china@0 readiness@1"},
		{"Peru’s development", "peru@0 development@1"},
		{"Sino-Mexican relations", "sino-mexican@0+ sino@0 mexican@1 relations@2"},
		{"Trans-Pacific Partnership", "trans-pacific@0+ trans@0 pacific@1 partnership@2"},
		{"anti-drug law", "anti-drug@0+ anti@0 drug@1 law@2"},
		{"COVID-19 vaccine", "covid-19@0+ covid@0 19@1 vaccine@2"},
		{"Sebastian Piñera.", "sebastian@0 pinera(piñera)@1"},
		{"Pin\u0303era", "pinera(piñera)@0"},
		{"Andrés Manuel López", "andres(andrés)@0 manuel@1 lopez(lópez)@2"},
		{"the countries’ ties", "the@0 countries@1 ties@2"},
		{"O'Higgins", "ohiggins@0+ o@0 higgins@1"},
		{"中文 | Español", "中@0 文@1 espanol(español)@2"},
		{"中国和拉美", "中@0 国@1 和@2 拉@3 美@4"},
		{"Xi说中文", "xi@0 说@1 中@2 文@3"},
		{"US$35 billion, 7,000 times", "us@0 35@1 billion@2 7@3 000@4 times@5"},
		{"- -- 'quoted' -x- x-", "quoted@0 x@1 x@2"},
		{"مرحبا שלום", "مرحبا@0 שלום@1"},
		{"STRASSE Straße", "strasse@0 strasse(straße)@1"},
		{"emoji 🎉 here", "emoji@0 here@1"},
		{"bad \xff\xfe utf8", "bad@0 utf8@1"},
		{"\u0301leading mark", "leading@0 mark@1"},
		{"Ｃｈｉｌｅ ＰＥＲＵ ﬁnancial", "chile@0 peru@1 financial@2"},
		{"Ｓｉｎｏ－Ｍｅｘｉｃａｎ ｔｉｅｓ", "sino-mexican@0+ sino@0 mexican@1 ties@2"},
	} {
		if got := tokens(tc.in); got != tc.want {
			t.Errorf("analyze(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestAnalyzeSpans(t *testing.T) {
	s := "Chile's copper, Sino-Mexican ties."
	var got []string
	analyze(s, 0, func(t token) { got = append(got, s[t.Start:t.End]) })
	want := "Chile copper Sino-Mexican Sino Mexican ties"
	if strings.Join(got, " ") != want {
		t.Errorf("spans %q, want %q", got, want)
	}
}
