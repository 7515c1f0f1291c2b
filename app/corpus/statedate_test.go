package corpus

import (
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want statement
		ok   bool
	}{
		{in: "2016-02-05 16:18", want: statement{text: "2016-02-05", date: Date{2016, 2, 5}}, ok: true},
		{in: "2024-06-28", want: statement{text: "2024-06-28", date: Date{2024, 6, 28}}, ok: true},
		{in: "2016-02-30", want: statement{text: "2016-02-30", date: Date{2016, 2, 30}}, ok: true},
		{
			in:   "16th Wednesday, December 2020 - 08:30 UTC",
			want: statement{text: "16th Wednesday, December 2020", date: Date{2020, 12, 16}, weekday: time.Wednesday, hasWeekday: true},
			ok:   true,
		},
		{in: "SAN FRANCISCO, Nov. 16 (Xinhua)", want: statement{text: "Nov. 16", date: Date{0, 11, 16}}, ok: true},
		{in: "December 16, 2020", want: statement{text: "December 16, 2020", date: Date{2020, 12, 16}}, ok: true},
		{
			in:   "Sunday 1 March 2020",
			want: statement{text: "Sunday 1 March 2020", date: Date{2020, 3, 1}, weekday: time.Sunday, hasWeekday: true},
			ok:   true,
		},
		{in: "Updated 08:30, 5 Jan 2021", want: statement{text: "5 Jan 2021", date: Date{2021, 1, 5}}, ok: true},
		{in: "December 2020 - 08:30 UTC"},
		{in: "Zhu Qingqiao"},
		{in: "BEIJING"},
		{in: "May 99"},
		{in: ""},
	}
	for _, tt := range tests {
		got, ok := findDate(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("findDate(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"SAN FRANCISCO, Nov. 16 (Xinhua) — Chinese President Xi Jinping on Thursday called", "SAN FRANCISCO, Nov. 16 (Xinhua)"},
		{"BEIJING: Chinese President Xi Jinping said on Friday", "BEIJING"},
		{"LIMA, Nov. 14 -- Xi arrived. Later: talks.", "LIMA, Nov. 14"},
		{"President Xi Jinping on Friday underlined China's readiness", ""},
		{"A very long opening sentence that goes on and on and on without any dateline at all: Xi spoke.", ""},
	}
	for _, tt := range tests {
		if got := dateline(tt.in); got != tt.want {
			t.Errorf("dateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
