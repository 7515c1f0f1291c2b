package compare

import (
	"strings"
	"testing"
)

func TestKWIC(t *testing.T) {
	text := "Meanwhile, Chile ranks as China's third-largest trading partner in Latin America and the primary supplier of copper to China."
	at := strings.Index(text, "copper")
	copper := Span{Start: at, End: at + len("copper")}
	tests := []struct {
		sp                   Span
		width                int
		left, keyword, right string
	}{
		{copper, 200, text[:at], "copper", " to China."},
		{copper, 20, "…primary supplier of ", "copper", " to China."},
		{Span{0, 9}, 12, "", "Meanwhile", ", Chile…"},
		{Span{5, 3}, 10, text, "", ""},   // invalid
		{Span{0, 500}, 10, text, "", ""}, // out of range
	}
	for _, tt := range tests {
		l, k, r := KWIC(text, tt.sp, tt.width)
		if l != tt.left || k != tt.keyword || r != tt.right {
			t.Errorf("KWIC(%v, %d) = %q, %q, %q; want %q, %q, %q", tt.sp, tt.width, l, k, r, tt.left, tt.keyword, tt.right)
		}
	}
	// Multi-byte text is cut between characters.
	l, k, r := KWIC("Piñera praised Piñera", Span{Start: 8, End: 15}, 3)
	if l != "…ra " || k != "praised" || r != " Pi…" {
		t.Errorf("KWIC = %q, %q, %q", l, k, r)
	}
}
