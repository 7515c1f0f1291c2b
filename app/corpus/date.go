package corpus

import (
	"cmp"
	"fmt"
	"regexp"
	"time"
)

var isoDateOnly = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ParseDate parses an ISO 8601 calendar date, "2024-06-28". It rejects other
// layouts and dates that do not exist, such as "2023-02-29".
func ParseDate(s string) (Date, error) {
	if !isoDateOnly.MatchString(s) {
		return Date{}, fmt.Errorf("malformed date %q: want YYYY-MM-DD", s)
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("no such date %q", s)
	}
	return dateOf(t), nil
}

func dateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// valid reports whether d names a day of the Gregorian calendar; time.Date
// would silently normalise 31 June to 1 July.
func (d Date) valid() bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && dateOf(d.time()) == d
}

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// IsZero reports whether d is the zero Date, which names no day.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as ISO 8601, "2024-06-28".
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Long formats d for readers, "28 June 2024".
func (d Date) Long() string {
	return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.time().Weekday() }

// Compare returns -1, 0 or +1 as d is before, the same day as or after e.
func (d Date) Compare(e Date) int {
	return cmp.Or(cmp.Compare(d.Year, e.Year), cmp.Compare(d.Month, e.Month), cmp.Compare(d.Day, e.Day))
}
