package compare

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chinalac/app/corpus"
)

// DefaultCountries is the selection shown when the query names none, or too
// few that the corpus knows: Chile, Peru and Mexico.
var DefaultCountries = []string{"cl", "pe", "mx"}

// MinCountries and MaxCountries bound a selection: a comparison needs two
// columns, and more than four do not fit a phone's width.
const (
	MinCountries = 2
	MaxCountries = 4
)

// maxItems caps how many comma-separated items of the query are read, so
// that a very long query costs no more than a short one.
const maxItems = 32

// A Selection is the countries to compare, in the order the query gives
// them, with notices to show about what the query asked for and did not get.
type Selection struct {
	Countries []string `json:"countries"` // ISO 3166-1 alpha-2 codes, lower case
	Notices   []string `json:"notices"`   // plain text, to display as text (not markup)
}

// Query returns the selection as the "countries" query value: "cl,pe,mx".
func (s Selection) Query() string { return strings.Join(s.Countries, ",") }

// ParseSelection reads the "countries" query value raw: ISO codes separated
// by commas (or spaces or semicolons), in any case. It keeps each code once,
// and only codes of Latin American countries the corpus mentions; China is
// the other side of every comparison, not a column. It keeps at most
// [MaxCountries]. If fewer than [MinCountries] remain, it falls back to
// [DefaultCountries]. Every change to what was asked is explained by a notice;
// an empty query silently means the default.
func ParseSelection(c *corpus.Corpus, raw string) Selection {
	mentioned := selectable(c)
	known := make(map[string]bool)
	for _, code := range mentioned {
		known[code] = true
	}

	var sel Selection
	var unknown, extra []string
	items := strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
	if len(items) > maxItems {
		items = items[:maxItems]
		sel.Notices = append(sel.Notices, "The country list is too long; only its first "+strconv.Itoa(maxItems)+" items were read.")
	}
	china := false
	for _, item := range items {
		code := strings.ToLower(item)
		switch {
		case slices.Contains(sel.Countries, code) || slices.Contains(extra, code):
			// a duplicate: nothing to say
		case code == "cn":
			china = true
		case !known[code]:
			if q := clip(item); !slices.Contains(unknown, q) {
				unknown = append(unknown, q)
			}
		case len(sel.Countries) < MaxCountries:
			sel.Countries = append(sel.Countries, code)
		default:
			extra = append(extra, code)
		}
	}
	if china {
		sel.Notices = append(sel.Notices, "China is the partner in every comparison, so it is not a column.")
	}
	if len(unknown) > 0 {
		sel.Notices = append(sel.Notices, "Not compared, as no Latin American country of the corpus has the code: "+list(unknown, 5)+".")
	}
	if len(extra) > 0 {
		sel.Notices = append(sel.Notices, "At most "+strconv.Itoa(MaxCountries)+" countries can be compared; left out: "+names(c, extra)+".")
	}
	if len(sel.Countries) < MinCountries {
		if len(items) > 0 {
			sel.Notices = append(sel.Notices, "A comparison needs at least "+strconv.Itoa(MinCountries)+" countries; showing the default.")
		}
		sel.Countries = defaultSelection(known, mentioned)
	}
	return sel
}

// selectable returns the codes of the countries a selection may hold: the
// Latin American countries the corpus mentions, by name.
func selectable(c *corpus.Corpus) []string {
	var codes []string
	for _, country := range c.CountriesMentioned() {
		if country.LatinAmerica {
			codes = append(codes, country.Code)
		}
	}
	return codes
}

// defaultSelection returns the default countries the corpus knows, topped up
// with other countries it mentions if it lacks some of them.
func defaultSelection(known map[string]bool, mentioned []string) []string {
	var codes []string
	for _, code := range slices.Concat(DefaultCountries, mentioned) {
		if known[code] && !slices.Contains(codes, code) && len(codes) < len(DefaultCountries) {
			codes = append(codes, code)
		}
	}
	return codes
}

// names returns the names of the countries with the given codes, as a list.
func names(c *corpus.Corpus, codes []string) string {
	ns := make([]string, len(codes))
	for i, code := range codes {
		ns[i] = countryName(c.Lexicon, code)
	}
	return strings.Join(ns, ", ")
}

// countryName returns the name of a country, or its code if the lexicon lacks
// it.
func countryName(lx *corpus.Lexicon, code string) string {
	if country, ok := lx.Country(code); ok {
		return country.Name
	}
	return code
}

// list quotes up to n items, saying how many more there are.
func list(items []string, n int) string {
	var b strings.Builder
	for i, s := range items {
		if i == n {
			b.WriteString(" and " + strconv.Itoa(len(items)-n) + " more")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(s))
	}
	return b.String()
}

// clipRunes is how much of an unrecognised item a notice repeats.
const clipRunes = 12

// clip makes untrusted text fit to repeat, quoted, in a notice: printable
// characters only, at most clipRunes of them, so that no control character,
// line break or screenful of text reaches the page.
func clip(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			continue
		}
		if n == clipRunes {
			b.WriteRune('…')
			break
		}
		b.WriteRune(r)
		n++
	}
	if n == 0 {
		return "?"
	}
	return b.String()
}
