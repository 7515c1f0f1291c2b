package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A statement is a date as an article states it in its header or dateline.
type statement struct {
	text       string // as written, for messages
	date       Date   // Year is 0 when the text gives only month and day
	weekday    time.Weekday
	hasWeekday bool
}

var (
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// dateToken matches the words of a written date, and times so that
	// their digits are not taken for a day.
	dateToken = regexp.MustCompile(`\d{1,2}:\d{2}(?::\d{2})?|\p{L}+\.?|\d+(?:st|nd|rd|th)?`)
	dayToken  = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?$`)
	yearToken = regexp.MustCompile(`^\d{4}$`)
	// leadWeekday is how a lead sentence dates the event it reports:
	// "President Xi Jinping on Friday underlined …".
	leadWeekday = regexp.MustCompile(`\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
)

var months = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
	"Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
	"Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

var weekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday,
	"Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday,
}

// statedDate returns the first date stated in lines.
func statedDate(lines []string) (statement, bool) {
	for _, line := range lines {
		if st, ok := findDate(line); ok {
			return st, true
		}
	}
	return statement{}, false
}

// findDate finds a date written in s: ISO 8601 ("2016-02-05 16:18"), or in
// words with a month name and a day and perhaps a year and a weekday, in
// any order ("16th Wednesday, December 2020", "Nov. 16").
func findDate(s string) (statement, bool) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return statement{text: m[0], date: Date{atoi(m[1]), atoi(m[2]), atoi(m[3])}}, true
	}
	locs := dateToken.FindAllStringIndex(s, -1)
	tokens := make([]string, len(locs))
	for i, loc := range locs {
		tokens[i] = s[loc[0]:loc[1]]
	}
	for m, tok := range tokens {
		month, ok := months[tok]
		if !ok {
			continue
		}
		st := statement{date: Date{Month: month}}
		first, last := m, m
		// The parts of a date stand within three words of its month.
		for _, d := range []int{1, -1, 2, -2, 3, -3} {
			if i := m + d; i >= 0 && i < len(tokens) && st.take(tokens[i]) {
				first, last = min(first, i), max(last, i)
			}
		}
		if st.date.Day >= 1 && st.date.Day <= 31 {
			st.text = s[locs[first][0]:locs[last][1]]
			return st, true
		}
	}
	return statement{}, false
}

// take records tok in st if it is a part of a date that st still lacks.
func (st *statement) take(tok string) bool {
	if wd, ok := weekdays[tok]; ok && !st.hasWeekday {
		st.weekday, st.hasWeekday = wd, true
		return true
	}
	if m := dayToken.FindStringSubmatch(tok); m != nil && st.date.Day == 0 {
		st.date.Day = atoi(m[1])
		return true
	}
	if yearToken.MatchString(tok) && st.date.Year == 0 {
		st.date.Year = atoi(tok)
		return true
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s) // callers pass digits only
	return n
}

// checkDate checks the catalogue date of d, and whether it is inferred,
// against the date the header or dateline of l states, by the rules in the
// package documentation.
func checkDate(d *Document, l layout, ps *problems) {
	lines := l.header
	if len(l.body) > 0 {
		lines = append(lines[:len(lines):len(lines)], dateline(l.body[0]))
	}
	st, stated := statedDate(lines)
	switch {
	case !stated:
		if !d.DateInferred {
			ps.add("the text states no date: set dateInferred in catalog.json and explain in dateNote how the date was found")
		}
	case st.date.Year != 0:
		if !st.date.valid() {
			ps.add("the text states %q, which is not a date", st.text)
			return
		}
		if st.hasWeekday && st.weekday != st.date.Weekday() {
			ps.add("the text states %q, but %s is a %s", st.text, st.date, st.date.Weekday())
		}
		if st.date != d.Date {
			ps.add("catalogue date %s contradicts the text, which states %q (%s)", d.Date, st.text, st.date)
		}
		if d.DateInferred {
			ps.add("catalog.json says the date is inferred, but the text states %q", st.text)
		}
	default:
		if st.date.Month != d.Date.Month || st.date.Day != d.Date.Day {
			ps.add("catalogue date %s contradicts the text, which states %q", d.Date, st.text)
		}
		if st.hasWeekday && st.weekday != d.Date.Weekday() {
			ps.add("the text states %q, but %s is a %s", st.text, d.Date, d.Date.Weekday())
		}
		if !d.DateInferred {
			ps.add("the text states %q without a year: set dateInferred in catalog.json and explain in dateNote how the year was found", st.text)
		}
	}
	lead, ok := d.Sentence(1)
	if !d.DateInferred || !ok {
		return
	}
	if m := leadWeekday.FindStringSubmatch(lead.Text); m != nil && weekdays[m[1]] != d.Date.Weekday() {
		ps.add("inferred date %s is a %s, but the lead sentence reports the event %q", d.Date, d.Date.Weekday(), m[0])
	}
}

// dateline returns the dateline that opens a paragraph, as in "SAN
// FRANCISCO, Nov. 16 (Xinhua) — Chinese President …", or "" if there is
// none.
func dateline(p string) string {
	const maxDateline = 80
	end := -1
	for _, sep := range []string{" — ", " – ", " -- ", ": "} {
		if i := strings.Index(p, sep); i >= 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 || end > maxDateline {
		return ""
	}
	return p[:end]
}
