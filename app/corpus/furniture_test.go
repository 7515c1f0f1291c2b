package corpus

import "testing"

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"中文 | Español", true},
		{"English | Español | Português", true},
		{"Home > China-CELAC Relations", true},
		{normalizeSpace("Home\u00a0>\u00a0 China-CELAC Relations"), true},
		{"Home » News", true},
		{"Suggest to a friend:", true},
		{normalizeSpace("Suggest to a friend: \u00a0\u00a0 "), true},
		{"Print", true},
		{"Full article", true},
		{"", false},
		{"Español", false},
		{"Homeland security talks", false},
		{"Home to copper mines", false},
		{"Print more money, they said.", false},
	}
	for _, tt := range tests {
		if got := isFurniture(tt.line); got != tt.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestTrimFurniture(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"16th Wednesday, December 2020 - 08:30 UTC Full article", "16th Wednesday, December 2020 - 08:30 UTC"},
		{"中文 | Español", ""},
		{"Zhu Qingqiao", "Zhu Qingqiao"},
		{"Zhu Qingqiao Suggest to a friend: Print", "Zhu Qingqiao"},
		{"Print edition", "Print edition"},
	}
	for _, tt := range tests {
		if got := trimFurniture(tt.line); got != tt.want {
			t.Errorf("trimFurniture(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"President Xi called on the two countries to enhance the alignment of their development strategies and the potential of an upgraded bilateral free trade. (Archive)", true},
		{"The archive (Archive) was opened.", false},
		{"China and Chile", false},
	}
	for _, tt := range tests {
		if got := isCaption(tt.line); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
