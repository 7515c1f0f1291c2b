package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeaderLine is the longest line, in characters, taken for a header line
// such as a byline; a longer line is the start of the body.
const maxHeaderLine = 100

// dateMarker is a date some texts carry before their first paragraph, as in
// " date 2024-06-28 BEIJING: Chinese President …".
var dateMarker = regexp.MustCompile(`^(?i:date) (\d{4}-\d{2}-\d{2})(?: |$)`)

// A layout is an article text sorted into its parts.
type layout struct {
	title string // headline without furniture; empty if the text has none
	// header holds the lines between headline and body: datelines,
	// bylines, time stamps.
	header []string
	body   []string // paragraphs, white space normalised
}

// readLayout sorts the lines of text into headline, header and body, leaving
// out page furniture and photo captions wherever they stand.
func readLayout(text string) layout {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var lines []string // normalised; blank lines are kept as "" to part paragraphs
	for line := range strings.SplitSeq(text, "\n") {
		line = normalizeSpace(line)
		if !isFurniture(line) && !isCaption(line) {
			lines = append(lines, line)
		}
	}
	lines = trimBlank(lines)

	var l layout
	if len(lines) > 0 && !dateMarker.MatchString(lines[0]) && isHeadline(lines[0]) && !wrapped(lines) {
		l.title = cleanTitle(lines[0])
		lines = lines[1:]
	}
	for ; len(lines) > 0; lines = lines[1:] {
		line := lines[0]
		if m := dateMarker.FindStringSubmatchIndex(line); m != nil {
			l.header = append(l.header, line[m[2]:m[3]])
			if lines[0] = line[m[1]:]; lines[0] != "" {
				break // the rest of the line is the first paragraph
			}
			continue
		}
		if line == "" {
			continue
		}
		if !isHeaderLine(line) || wrapped(lines) {
			break
		}
		l.header = append(l.header, trimFurniture(line))
	}
	l.body = paragraphs(trimBlank(lines))
	return l
}

// isHeaderLine reports whether line, which follows the headline, is
// metadata rather than prose: short, and not ending with a full stop.
func isHeaderLine(line string) bool {
	return utf8.RuneCountInString(line) <= maxHeaderLine && !endsWithPeriod(line)
}

// wrapped reports whether the first of lines is a short line of prose
// wrapped onto the next: the next line carries on its sentence, starting in
// lower case.
func wrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(lines[1])
	return unicode.IsLower(r)
}

// paragraphs joins lines into paragraphs. Paragraphs are separated by blank
// lines, but a text with no blank lines has one paragraph per line.
func paragraphs(lines []string) []string {
	if !slices.Contains(lines, "") {
		return lines
	}
	var paras, cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range lines {
		if line == "" {
			flush()
		} else {
			cur = append(cur, line)
		}
	}
	flush()
	return paras
}

// trimBlank removes the blank lines at either end of lines.
func trimBlank(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
