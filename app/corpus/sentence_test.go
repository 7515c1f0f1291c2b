package corpus

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"one", "Xi met Boric.", []string{"Xi met Boric."}},
		{"two", "Xi met Boric. They spoke.", []string{"Xi met Boric.", "They spoke."}},
		{"question and exclamation", "Why? Because! Yes.", []string{"Why?", "Because!", "Yes."}},
		{"digit follows", "It grew in 2015. 2016 was better.", []string{"It grew in 2015.", "2016 was better."}},
		{"quote follows", "He said so. “We agree,” said Xi.", []string{"He said so.", "“We agree,” said Xi."}},
		{"closing quote stays", "He said “We agree.” Then he left.", []string{"He said “We agree.”", "Then he left."}},
		{"closing bracket stays", "It was signed (in Lima.) Then they left.", []string{"It was signed (in Lima.)", "Then they left."}},
		{"lower case follows", "relations (LAC). in the new era.", []string{"relations (LAC). in the new era."}},
		{"no space", "Version 1.5 is out.", []string{"Version 1.5 is out."}},
		{"currency", "China’s US$35 billion package. It helps.", []string{"China’s US$35 billion package.", "It helps."}},
		{"month abbreviation", "SAN FRANCISCO, Nov. 16 (Xinhua) — Xi spoke.", []string{"SAN FRANCISCO, Nov. 16 (Xinhua) — Xi spoke."}},
		{"title abbreviation", "Mr. López and Dr. Zhu met St. Lucia officials.", []string{"Mr. López and Dr. Zhu met St. Lucia officials."}},
		{"initials", "The U.S. and J. Smith agreed. No. 1 won.", []string{"The U.S. and J. Smith agreed.", "No. 1 won."}},
		{"lower-case initial ends sentence", "Plan a. Plan B.", []string{"Plan a.", "Plan B."}},
		{"extra spaces", "  One.   Two.  ", []string{"One.", "Two."}},
		{"ellipsis", "Wait... What?", []string{"Wait...", "What?"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
