package compare

import (
	"strings"
	"unicode/utf8"
)

// A Segment is a run of a keyword-in-context line: marked words, or the
// text between them.
type Segment struct {
	Text string `json:"text"`
	Mark bool   `json:"mark"`
}

// KWIC cuts text for a keyword-in-context line around its first mark, the
// keyword: at most width characters of context either side, cut at a space
// where one is near and with "…" where text goes on. Every mark that falls
// within the line is marked, as far as it shows. marks are in text order;
// a mark that is out of range or overlaps the one before is ignored. With
// no mark, the line is the whole text, unmarked.
func KWIC(text string, marks []Span, width int) []Segment {
	var valid []Span
	for _, sp := range marks {
		if 0 <= sp.Start && sp.Start < sp.End && sp.End <= len(text) && (len(valid) == 0 || valid[len(valid)-1].End <= sp.Start) {
			valid = append(valid, sp)
		}
	}
	if len(valid) == 0 {
		return []Segment{{Text: text}}
	}
	from, to := window(text, valid[0], width)
	var segs []Segment
	add := func(s string, mark bool) {
		if n := len(segs); n > 0 && !mark && !segs[n-1].Mark {
			segs[n-1].Text += s
			return
		}
		segs = append(segs, Segment{s, mark})
	}
	if from > 0 {
		add("…", false)
	}
	at := from
	for _, sp := range valid {
		start, end := max(sp.Start, from), min(sp.End, to)
		if start >= end {
			continue
		}
		if at < start {
			add(text[at:start], false)
		}
		add(text[start:end], true)
		at = end
	}
	if at < to {
		add(text[at:to], false)
	}
	if to < len(text) {
		add("…", false)
	}
	return segs
}

// window returns the byte range of text that a keyword-in-context line
// around sp keeps: width characters either side, less a word cut in two
// unless that leaves little.
func window(text string, sp Span, width int) (from, to int) {
	from, to = 0, len(text)
	if left := text[:sp.Start]; utf8.RuneCountInString(left) > width {
		cut := lastRunes(left, width)
		if left[len(left)-len(cut)-1] != ' ' {
			if i := strings.IndexByte(cut, ' '); i >= 0 && i < len(cut)/2 {
				cut = cut[i+1:]
			}
		}
		from = sp.Start - len(cut)
	}
	if right := text[sp.End:]; utf8.RuneCountInString(right) > width {
		cut := firstRunes(right, width)
		if right[len(cut)] != ' ' {
			if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
				cut = cut[:i]
			}
		}
		to = sp.End + len(cut)
	}
	return from, to
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
