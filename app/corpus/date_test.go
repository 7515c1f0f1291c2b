package corpus

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{in: "2024-06-28", want: Date{2024, 6, 28}},
		{in: "2016-02-05", want: Date{2016, 2, 5}},
		{in: "2024-02-29", want: Date{2024, 2, 29}},
		{in: "2023-02-29", wantErr: true},
		{in: "2024-06-31", wantErr: true},
		{in: "2024-13-01", wantErr: true},
		{in: "2024-6-28", wantErr: true},
		{in: "28/06/2024", wantErr: true},
		{in: " 2024-06-28", wantErr: true},
		{in: "2024-06-28T10:00:00Z", wantErr: true},
		{in: "", wantErr: true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		d       Date
		str     string
		long    string
		weekday time.Weekday
	}{
		{Date{2024, 6, 28}, "2024-06-28", "28 June 2024", time.Friday},
		{Date{2020, 12, 16}, "2020-12-16", "16 December 2020", time.Wednesday},
		{Date{2016, 2, 5}, "2016-02-05", "5 February 2016", time.Friday},
		{Date{2023, 11, 16}, "2023-11-16", "16 November 2023", time.Thursday},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.str {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.str)
		}
		if got := tt.d.Long(); got != tt.long {
			t.Errorf("%#v.Long() = %q, want %q", tt.d, got, tt.long)
		}
		if got := tt.d.Weekday(); got != tt.weekday {
			t.Errorf("%#v.Weekday() = %v, want %v", tt.d, got, tt.weekday)
		}
	}
}

func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b Date
		want int
	}{
		{Date{2024, 6, 28}, Date{2024, 6, 28}, 0},
		{Date{2024, 6, 28}, Date{2024, 6, 29}, -1},
		{Date{2024, 7, 1}, Date{2024, 6, 30}, 1},
		{Date{2023, 12, 31}, Date{2024, 1, 1}, -1},
	}
	for _, tt := range tests {
		if got := tt.a.Compare(tt.b); got != tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDateValid(t *testing.T) {
	tests := []struct {
		d    Date
		want bool
	}{
		{Date{2024, 2, 29}, true},
		{Date{2023, 2, 29}, false},
		{Date{2024, 6, 31}, false},
		{Date{2024, 0, 1}, false},
		{Date{2024, 1, 0}, false},
		{Date{}, false},
	}
	for _, tt := range tests {
		if got := tt.d.valid(); got != tt.want {
			t.Errorf("%#v.valid() = %v, want %v", tt.d, got, tt.want)
		}
	}
}
