package searchtest

import "unicode/utf8"

// Keystrokes are the queries a person sends typing, letter by letter, and
// some complete queries with typos.
func Keystrokes() []string {
	var qs []string
	for _, full := range []string{"chancay port", "piñera", "electric vehicles"} {
		for i := range full {
			if i > 0 && utf8.RuneStart(full[i]) {
				qs = append(qs, full[:i])
			}
		}
		qs = append(qs, full)
	}
	qs = append(qs, "a", "c", "p", "s", "t", "ch", "co", "pe", "th", "re")
	return append(qs, "electic", "coper", "boluatre", "lopez obrador", "Pinra", "Boloua", "Chancai port", `"free trade agreement"`)
}
