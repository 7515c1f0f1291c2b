// Package seeds holds the corpus data: the article texts, the catalogue that
// describes them and the lexicon their mentions are matched against.
//
// The package is data only. Parse it with the corpus package:
//
//	c, err := corpus.Load(seeds.FS)
//
// Each article is a plain UTF-8 text file named NNN_<hash>.txt, kept exactly
// as it was collected, page furniture included; the corpus package knows how
// to read past that furniture. catalog.json gives each file its id, date,
// source and, where the text lacks one, its title. lexicon.json lists the
// countries, regions, people, organisations and themes that mentions are
// found for; edit it, not code, to change what is recognised.
package seeds

import "embed"

// FS holds the article texts, catalog.json and lexicon.json at its root.
//
//go:embed *.txt catalog.json lexicon.json
var FS embed.FS
