package corpus

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
)

// Names of the corpus files that are not articles.
const (
	catalogFile = "catalog.json"
	lexiconFile = "lexicon.json"
)

// A catalogEntry is one element of the JSON array in catalog.json. It holds
// what an article's text does not say reliably, or at all.
type catalogEntry struct {
	File string `json:"file"` // name of the text at the root of the corpus
	ID   string `json:"id"`   // slug: lower-case letters, digits, hyphens
	Date string `json:"date"` // YYYY-MM-DD
	// DateInferred is true when the text states no full date, and Date is
	// that of the event the article reports; DateNote then says how it was
	// found.
	DateInferred bool   `json:"dateInferred"`
	DateNote     string `json:"dateNote,omitempty"`
	// Source is the outlet or publisher the text names, or "unknown".
	Source string `json:"source"`
	Author string `json:"author,omitempty"`
	// Title overrides the headline found in the text, and is required when
	// the text has none.
	Title string `json:"title,omitempty"`
	Lang  string `json:"lang"` // BCP 47 tag, e.g. "en"

	date Date // parsed Date; zero if it did not parse
}

// langTag is the shape of a BCP 47 language tag: "en", "es-419", "zh-Hans".
var langTag = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// readCatalog reads and checks catalog.json, returning its entries as far as
// they can be used.
func readCatalog(fsys fs.FS, ps *problems) []catalogEntry {
	var entries []catalogEntry
	if p := readJSON(fsys, catalogFile, &entries); p != nil {
		ps.list = append(ps.list, p)
		return nil
	}
	ids := make(map[string]bool)
	files := make(map[string]bool)
	for i := range entries {
		e := &entries[i]
		where := fmt.Sprintf("entry %d (%q)", i+1, e.File)
		fail := func(format string, args ...any) { ps.add(where+": "+format, args...) }
		switch {
		case e.File == "":
			fail("missing file")
		case !isTextFile(e.File):
			fail("file must name a .txt file at the root of the corpus")
		case files[e.File]:
			fail("file listed twice")
		}
		files[e.File] = true
		switch {
		case e.ID == "":
			fail("missing id")
		case !isSlug(e.ID):
			fail("id %q is not a slug of lower-case letters, digits and hyphens", e.ID)
		case ids[e.ID]:
			fail("duplicate id %q", e.ID)
		}
		ids[e.ID] = true
		if d, err := ParseDate(e.Date); err != nil {
			fail("%v", err)
		} else {
			e.date = d
		}
		if e.DateInferred && strings.TrimSpace(e.DateNote) == "" {
			fail("dateInferred needs a dateNote saying how the date was found")
		}
		if !e.DateInferred && e.DateNote != "" {
			fail("dateNote is only for inferred dates")
		}
		if strings.TrimSpace(e.Source) == "" {
			fail("missing source (\"unknown\" when the text names none)")
		}
		if !langTag.MatchString(e.Lang) {
			fail("lang %q is not a language tag such as \"en\"", e.Lang)
		}
	}
	return entries
}

// isTextFile reports whether name is that of an article: a .txt file at the
// root of the corpus.
func isTextFile(name string) bool {
	return fs.ValidPath(name) && !strings.Contains(name, "/") && path.Ext(name) == ".txt"
}
