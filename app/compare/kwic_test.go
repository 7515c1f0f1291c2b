package compare

import (
	"strings"
	"testing"
)

// line writes a keyword-in-context line with its marks in brackets.
func line(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Mark {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestKWIC(t *testing.T) {
	text := "Meanwhile, Chile ranks as China's third-largest trading partner in Latin America and the primary supplier of copper to China."
	span := func(w string) Span {
		at := strings.Index(text, w)
		return Span{Start: at, End: at + len(w)}
	}
	copper, trading, partner := span("copper"), span("trading partner"), span("partner")
	tests := []struct {
		marks []Span
		width int
		want  string
	}{
		{[]Span{copper}, 200, strings.Replace(text, "copper", "[copper]", 1)},
		{[]Span{copper}, 20, "…primary supplier of [copper] to China."},
		{[]Span{{0, 9}}, 12, "[Meanwhile], Chile…"},
		// Every mark within the line is marked, a mark the line cuts as far as it shows.
		{[]Span{trading, copper}, 200, "Meanwhile, Chile ranks as China's third-largest [trading partner] in Latin America and the primary supplier of [copper] to China."},
		{[]Span{span("Chile"), span("China"), span("third-largest")}, 40, "Meanwhile, [Chile] ranks as [China]'s [third-largest] trading…"},
		{[]Span{span("China's"), trading}, 24, "…Chile ranks as [China's] third-largest [trading]…"},
		{[]Span{partner, copper}, 10, "…trading [partner] in Latin…"}, // copper is out of the line
		// Invalid and overlapping marks are ignored.
		{[]Span{{5, 3}}, 10, text},
		{[]Span{{0, 500}}, 10, text},
		{nil, 10, text},
		{[]Span{trading, partner}, 200, strings.Replace(text, "trading partner", "[trading partner]", 1)},
	}
	for _, tt := range tests {
		if got := line(KWIC(text, tt.marks, tt.width)); got != tt.want {
			t.Errorf("KWIC(%v, %d) = %q, want %q", tt.marks, tt.width, got, tt.want)
		}
	}
	// Multi-byte text is cut between characters.
	if got := line(KWIC("Piñera praised Piñera", []Span{{Start: 8, End: 15}}, 3)); got != "…ra [praised] Pi…" {
		t.Errorf("KWIC = %q", got)
	}
}
