package corpus

import (
	"slices"
	"strings"
)

// Page furniture is text the web page around an article left in its file:
// navigation, language switchers, share and print buttons.

// furnitureLines are lines that are furniture as a whole. "Full article"
// may also end a dateline, and is trimmed there.
var furnitureLines = []string{"Full article", "Print", "Share", "Suggest to a friend:"}

// languageNames are the names language switchers list, each in its own
// language.
var languageNames = map[string]bool{
	"中文": true, "English": true, "Español": true, "Français": true, "Português": true,
	"Русский": true, "العربية": true, "日本語": true, "Deutsch": true,
}

// captionMark ends a photo caption: 000 captions its archive photo with a
// paraphrase of a body sentence, so captions are left out of the body.
const captionMark = "(Archive)"

// normalizeSpace trims s and collapses its runs of white space, non-breaking
// spaces included, to single spaces.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// isFurniture reports whether a whole line, white space normalised, is page
// furniture.
func isFurniture(line string) bool {
	return (line != "" && trimFurniture(line) == "") || isBreadcrumb(line)
}

// isBreadcrumb reports whether line is a navigation trail such as
// "Home > China-CELAC Relations".
func isBreadcrumb(line string) bool {
	rest, ok := strings.CutPrefix(line, "Home")
	rest = strings.TrimSpace(rest)
	return ok && (strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›"))
}

// isCaption reports whether line is a photo caption.
func isCaption(line string) bool {
	return strings.HasSuffix(line, captionMark)
}

// trimFurniture removes furniture from a line, white space normalised:
// language switchers such as "中文 | Español" at either end, and the
// furnitureLines at the end, where a page's buttons follow its text.
func trimFurniture(line string) string {
	words := strings.Fields(strings.ReplaceAll(line, "|", " | "))
	start, end := 0, len(words)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, f := range furnitureWords {
			for n := len(f); end-start >= n && slices.Equal(words[end-n:end], f); end -= n {
				trimmed = true
			}
		}
		if n := switcherLen(words[start:end], false); n > 0 {
			start, trimmed = start+n, true
		}
		if n := switcherLen(words[start:end], true); n > 0 {
			end, trimmed = end-n, true
		}
	}
	if start == 0 && end == len(words) {
		return line
	}
	return strings.Join(words[start:end], " ")
}

// furnitureWords are the furnitureLines split into words.
var furnitureWords = func() [][]string {
	var fw [][]string
	for _, f := range furnitureLines {
		fw = append(fw, strings.Fields(f))
	}
	return fw
}()

// switcherLen returns how many words at the start of words, or at the end
// if fromEnd, form a language switcher such as "中文 | Español": two or more
// language names joined by "|". It returns 0 if they do not.
func switcherLen(words []string, fromEnd bool) int {
	word := func(i int) string {
		if fromEnd {
			i = len(words) - 1 - i
		}
		return words[i]
	}
	if len(words) == 0 || !languageNames[word(0)] {
		return 0
	}
	n := 1
	for n+1 < len(words) && word(n) == "|" && languageNames[word(n+1)] {
		n += 2
	}
	if n == 1 {
		return 0
	}
	return n
}
