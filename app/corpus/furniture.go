package corpus

import (
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
	for {
		before := line
		for _, f := range furnitureLines {
			if line == f {
				return ""
			}
			line = strings.TrimSuffix(line, " "+f)
		}
		line = trimLanguageSwitcher(line)
		if line == before {
			return line
		}
	}
}

// trimLanguageSwitcher removes a list of two or more language names joined
// by "|" from the start or the end of line.
func trimLanguageSwitcher(line string) string {
	words := strings.Fields(strings.ReplaceAll(line, "|", " | "))
	n := switcherLen(words)
	if n == 0 {
		reversed := make([]string, len(words))
		for i, w := range words {
			reversed[len(words)-1-i] = w
		}
		if m := switcherLen(reversed); m > 0 {
			return strings.Join(words[:len(words)-m], " ")
		}
		return line
	}
	return strings.Join(words[n:], " ")
}

// switcherLen returns how many of the leading words form a language
// switcher, "中文 | Español", or 0 if they do not.
func switcherLen(words []string) int {
	n, names := 0, 0
	for n < len(words) {
		w := words[n]
		if names > 0 && w == "|" && n+1 < len(words) && languageNames[words[n+1]] {
			n += 2
			names++
			continue
		}
		if names == 0 && languageNames[w] {
			n++
			names++
			continue
		}
		break
	}
	if names < 2 {
		return 0
	}
	return n
}
