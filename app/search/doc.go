// Package search is the full-text search of the viewer: an inverted index
// built once over the corpus, answering each keystroke in well under a
// millisecond, tolerant of typos and missing accents, and telling why each
// document matched.
//
// Work that need not be done per keystroke is done by New: analysing the
// texts, the posting lists with positions, the byte offset of the word at
// every position (for the snippets' marks), the vocabulary sorted for
// prefixes with the runes of every entry (for edit distances), the bigram
// index that narrows typo candidates and the most frequent expansions of
// one- and two-letter prefixes. Search then only reads: it resolves each
// query word to index terms (see Index.candidates), merges their posting
// lists, ranks (see Index.Search and costs) and cuts snippets from the
// stored sentences.
//
// The package is plain Go, compiled into app.wasm: it must not import
// golang.org/x/text, whose tables would cost the wasm about 45 KB brotli.
// Diacritic folding uses tables generated with x/text instead (gen_fold.go).
package search
