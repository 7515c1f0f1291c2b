package corpus

import "testing"

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		// The headline lines of the seeds.
		{"China pledges more trade and development cooperation with Chile on the 50th anniversary of diplomatic relations",
			"China pledges more trade and development cooperation with Chile on the 50th anniversary of diplomatic relations"},
		{"China seeks to further bolster relations with Chile", "China seeks to further bolster relations with Chile"},
		{"China-LAC Overall Cooperation Pushes Ahead on a Great Journey", "China-LAC Overall Cooperation Pushes Ahead on a Great Journey"},
		{"EXTENSION: Xi calls for expanding China Mexico cooperation in finance, electric vehicles",
			"Xi calls for expanding China Mexico cooperation in finance, electric vehicles"},
		// Furniture that could share the headline's line.
		{"中文 | Español China-LAC Overall Cooperation", "China-LAC Overall Cooperation"},
		{"China-LAC Overall Cooperation 中文|Español|English", "China-LAC Overall Cooperation"},
		{"Xi meets Boric Full article", "Xi meets Boric"},
		{"Xi meets Boric Suggest to a friend: Print", "Xi meets Boric"},
		{"UPDATE: EXCLUSIVE: Xi meets Boric", "Xi meets Boric"},
		{"  Xi\u00a0meets   Boric \t", "Xi meets Boric"},
		// Look-alikes that are not furniture.
		{"APEC: Xi meets Boric", "APEC: Xi meets Boric"},
		{"English lessons for Chinese students", "English lessons for Chinese students"},
		{"Print media in Chile", "Print media in Chile"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.line); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"China seeks to further bolster relations with Chile", true},
		{"Is China winning over Latin America?", true},
		{"Xi and Boric meet in Lima.", false},
		{"Xi said: “We will build the port.”", false},
		{"", false},
		{string(make([]byte, maxHeadline+1)), false},
	}
	for _, tt := range tests {
		if got := isHeadline(tt.line); got != tt.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
