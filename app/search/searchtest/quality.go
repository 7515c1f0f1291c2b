package searchtest

import "strings"

// Catalogue ids of the five documents of the real corpus.
const (
	Pinera   = "xi-pinera-call-2020"        // 000
	Boric    = "xi-boric-lima-2024"         // 001
	Boluarte = "xi-boluarte-beijing-2024"   // 002
	Celac    = "china-celac-journey-2016"   // 003
	Obrador  = "xi-lopez-obrador-apec-2023" // 004
)

// A Case is a query people type over the real corpus and the document that
// must come first. Only marks the queries whose words stand together in
// one document: nothing else may be returned.
type Case struct {
	Query, Kind, Want string
	Only              bool
}

// Typo tells whether the query is misspelt: an edit (deletion, insertion,
// substitution, transposition or swap) and not only a missing accent, a
// prefix or a correct spelling.
func (c Case) Typo() bool {
	for _, edit := range []string{"deletion", "insertion", "substitution", "transposition", "swap", "typo"} {
		if strings.Contains(c.Kind, edit) {
			return true
		}
	}
	return false
}

// Quality is the quality table: queries misspelt in every way, with the
// document each must find first.
var Quality = []Case{
	{"Pinera", "missing accent", Pinera, true},
	{"Piñera", "name", Pinera, true},
	{"Pinra", "deletion", Pinera, true},
	{"Pniera", "transposition", Pinera, true},
	{"Sebastain Pinera", "transposition, accent", Pinera, true},
	{"fiftieth anniversary", "multi-word", Pinera, true},
	{"50th anniversary", "multi-word, in two documents", Pinera, false},
	{`"free trade agreement"`, "phrase", Pinera, true},
	{"COVID-19 vaccine", "hyphenated, multi-word", Pinera, true},
	{"vacine", "deletion", Pinera, true},
	{"paradigm", "theme", Pinera, true},
	{"congratulatory mesages", "deletion, multi-word", Pinera, true},

	{"coper", "deletion", Boric, true},
	{"copper", "theme", Boric, true},
	{"Lima", "place", Boric, true},
	{"Borick", "insertion", Boric, true},
	{"Gabriel Boric", "name", Boric, true},
	{"Trans-Pacfic", "hyphenated, deletion", Boric, true},
	{"Trans-Pacific Partnership", "hyphenated, multi-word", Boric, true},
	{"protectionsim", "transposition", Boric, true},
	{"one-China principle", "hyphenated, multi-word", Boric, true},

	{"Boloua", "prefix with typo", Boluarte, true},
	{"Boluatre", "transposition", Boluarte, true},
	{"Boluarte", "name", Boluarte, true},
	{"Chancai port", "substitution, multi-word", Boluarte, true},
	{"Chanc", "prefix", Boluarte, true},
	{"Shangai", "deletion", Boluarte, true},
	{"Dina Ercilia", "name", Boluarte, true},
	{"Peruvian", "place", Boluarte, true},
	{"artificial inteligence", "deletion, multi-word", Boluarte, true},
	{"Pacific Rim", "place", Boluarte, true},

	{"Columbia FTA", "place, acronym", Celac, true},
	{"Zhu Qingqiao", "author", Celac, true},
	{"Qingqiao", "author", Celac, true},
	{"Qingqaio", "transposition", Celac, true},
	{"Costa Rica Ecuador", "places", Celac, true},
	{"scholarships", "theme", Celac, true},
	{"Caribean Music Festival", "deletion, multi-word", Celac, true},
	{"RMB settlement", "theme", Celac, true},
	{"Five-Year Cooperation Plan", "hyphenated, multi-word", Celac, true},
	{"Ministerial", "theme", Celac, true},

	{"electic vehicles", "deletion, multi-word", Obrador, true},
	{"Lopez Obrador", "missing accents", Obrador, true},
	{"López Obrador", "name", Obrador, true},
	{"Andres Manuel", "missing accent", Obrador, true},
	{"Sino-Mexican", "hyphenated", Obrador, true},
	{"Sino Mexican relations", "split compound", Obrador, true},
	{"anti drug", "split compound", Obrador, true},
	{"anti-drug", "hyphenated", Obrador, true},
	{"hurricane", "theme", Obrador, true},
	{"huricane", "deletion", Obrador, true},
	{"hurricnae", "transposition", Obrador, true},
	{"San Francisco", "place", Obrador, true},
	{"trafficing", "deletion", Obrador, true},
	{"Xinhau", "transposition", Obrador, true},
	{"Mexic", "prefix", Obrador, true},
	{"Piñara", "substitution", Pinera, true},
	{"Ecuadro", "transposition", Celac, true},
	{"Obra", "prefix", Obrador, true},
	{"Obrdor", "prefix with typo", Obrador, true},

	// Two typos, in words of 9 letters or more; swaps among them.
	{"congratualtroy", "two swaps", Pinera, true},
	{"protcetionsim", "two swaps", Boric, true},
	{"discrminatroy", "deletion, swap", Boric, true},
	{"reciprcoity", "transposition", Boric, true},
	{"globalizaiton", "transposition", Boluarte, true},
	{"artifical inteligense", "deletions, substitution", Boluarte, true},
	{"manufacturnig", "transposition", Boluarte, true},
	{"scolarhsips", "deletion, swap", Celac, true},
	{"feasabilty", "substitution, deletion", Celac, true},
	{"trafickign", "deletion, swap", Obrador, true},
	{"transendantal", "deletion, substitution", Obrador, true},
	{"complemantray", "substitution, swap", Obrador, true},
}
