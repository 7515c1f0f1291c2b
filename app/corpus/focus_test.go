package corpus

import "testing"

func TestFocus(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"one country", "Chile ships copper\n\nChile and Peru met. Chile won.", "cl"},
		{"two countries alike", "Talks\n\nChile and Peru met. Peru and Chile agreed.", Regional},
		{"region named more than the country", "Talks\n\nChile met LAC. Latin America and LAC and Chile.", Regional},
		{"country named as much as the region", "Chile ships copper\n\nLAC, LAC and LAC.", "cl"},
		{"no Latin American country", "Talks\n\nChina met China.", Regional},
		{"headline outweighs the body", "Peru talks\n\nChile and Chile met.", "pe"},
		{"no majority of the countries", "Peru talks\n\nChile, Chile and Chile met.", Regional},
	}
	lex := newFixture().lexicon
	var ps problems
	lex.compile(&ps)
	if ps.list != nil {
		t.Fatal(ps.list)
	}
	for _, tt := range tests {
		d, _ := parseDocument(catalogEntry{File: "f.txt"}, []byte(tt.text), lex)
		if d.Focus != tt.want {
			t.Errorf("%s: focus of %q = %q, want %q", tt.name, tt.text, d.Focus, tt.want)
		}
	}
}
