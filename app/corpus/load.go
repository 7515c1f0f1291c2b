package corpus

import (
	"cmp"
	"io/fs"
	"sort"
	"strings"
)

// Load reads the corpus at the root of fsys: catalog.json, lexicon.json and
// the *.txt articles.
//
// Load checks the corpus as it goes, and if anything is wrong it returns no
// corpus and an [ErrorList] of every problem found: a text missing from the
// catalogue or an entry without its text; a duplicate id or one that is not
// a URL-safe slug; an empty text or one that is not UTF-8; a malformed date,
// one that contradicts the text (see the package documentation), or an
// inferred date without a note; an article with no title in its text or its
// entry; and a missing, malformed or inconsistent catalogue or lexicon (see
// [Lexicon]).
func Load(fsys fs.FS) (*Corpus, error) {
	var errs ErrorList

	lex := new(Lexicon)
	lexProblems := problems{file: lexiconFile}
	if p := readJSON(fsys, lexiconFile, lex); p != nil {
		lexProblems.list = append(lexProblems.list, p)
	}
	lex.compile(&lexProblems)
	errs = append(errs, lexProblems.list...)

	catProblems := problems{file: catalogFile}
	entries := readCatalog(fsys, &catProblems)

	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		errs = append(errs, &Problem{File: ".", Msg: "listing the texts: " + err.Error()})
	}
	texts := make(map[string]bool)
	for _, name := range names {
		texts[name] = true
	}
	listed := make(map[string]bool)
	for _, e := range entries {
		listed[e.File] = true
	}
	for _, name := range names {
		if !listed[name] {
			errs = append(errs, &Problem{File: name, Msg: "not in catalog.json"})
		}
	}

	c := &Corpus{Lexicon: lex, byID: make(map[string]*Document)}
	for i, e := range entries {
		if !isTextFile(e.File) {
			continue // reported by readCatalog
		}
		if !texts[e.File] {
			catProblems.add("entry %d (%q): no such file", i+1, e.File)
			continue
		}
		data, err := fs.ReadFile(fsys, e.File)
		if err != nil {
			errs = append(errs, &Problem{File: e.File, Msg: err.Error()})
			continue
		}
		d, ps := parseDocument(e, data, lex)
		errs = append(errs, ps...)
		if d != nil {
			c.Documents = append(c.Documents, d)
			c.byID[d.ID] = d
		}
	}
	errs = append(errs, catProblems.list...)
	if len(errs) > 0 {
		errs.sort()
		return nil, errs
	}
	docs := c.Documents
	sort.Slice(docs, func(i, j int) bool {
		return cmp.Or(docs[i].Date.Compare(docs[j].Date), strings.Compare(docs[i].ID, docs[j].ID)) < 0
	})
	return c, nil
}
