package search

// Doc is what the index needs of a document. FromCorpus builds it from the
// parsed corpus; tests and benchmarks build synthetic ones.
type Doc struct {
	ID        string
	Title     string
	Author    string     // byline, searchable like the title; may be empty
	Sentences []Sentence // body, in order
	Focus     string     // ISO code or "regional"
	Countries []string   // ISO codes of countries the document mentions
}

// Sentence is one sentence of a document body.
type Sentence struct {
	N    int // number in the document, from 1
	Text string
}

// Sentence numbers of the fields that are not body sentences, as Snippet
// reports them.
const (
	TitleSentence  = 0
	BylineSentence = -1
)

// Query is what a person asks for.
type Query struct {
	Text    string
	Focus   string // filter: only documents with this focus ("" = any)
	Country string // filter: only documents mentioning this country ("" = any)
	Limit   int    // max hits (0 = DefaultLimit)
}

// DefaultLimit is the number of hits a Query without a Limit gets.
const DefaultLimit = 20

// The bounds of a query. A longer query is cut: first to MaxQueryRunes
// runes (Results.CutRunes), then to its first MaxQueryWords words
// (Results.CutWords). They keep the work per keystroke
// bounded whatever is pasted into the box.
const (
	MaxQueryRunes = 200
	MaxQueryWords = 24
)

// Results answers a Query.
type Results struct {
	Query string // the query actually searched, after cleaning and the length cut
	// CutRunes and CutWords tell which bounds the query exceeded and was
	// cut to: MaxQueryRunes, MaxQueryWords or both.
	CutRunes, CutWords bool
	Total              int   // number of matching documents before Limit
	Hits               []Hit // best first
	// Suggestion is a "did you mean" query built from the vocabulary when
	// nothing, or nothing with all words, matches; empty if nothing
	// plausible was found.
	Suggestion string
	Words      []WordMatch // per query word: how it matched
}

// Hit is one matching document.
type Hit struct {
	DocID    string
	Score    float64 // BM25F relevance; the order comes first from the rank buckets (see Search)
	AllWords bool    // matched every query word; when no document does, the hits match at least half
	Snippets []Snippet
}

// Snippet is one sentence that matched, to show with its matched words
// marked.
type Snippet struct {
	Sentence int    // Sentence.N; TitleSentence for the title, BylineSentence for the author
	Text     string // the sentence as written
	Marks    []Span // byte ranges in Text of matched words, in order, not overlapping
	Why      []Match
}

// Span is a byte range [Start, End).
type Span struct{ Start, End int }

// Match tells how a query word matched a word of the text: "coper" matches
// "copper" as {Query: "coper", Word: "copper", Typos: 1}.
type Match struct {
	Query  string // the query word as typed
	Word   string // the indexed word, lower case with its accents
	Typos  int    // edits (an adjacent swap counts one)
	Prefix bool   // Query matched the start of Word
	Folded bool   // matched once accents were dropped
}

// WordMatch lists how one query word matched anywhere in the index.
type WordMatch struct {
	Query   string
	Matches []Match // best first
}
