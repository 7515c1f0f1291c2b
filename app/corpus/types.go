package corpus

// Corpus is the parsed, validated corpus: every document of the catalogue and
// the lexicon its mentions come from.
type Corpus struct {
	// Documents in reading order: by date, then by id.
	Documents []*Document
	Lexicon   *Lexicon
	byID      map[string]*Document
}

// Document is one article of the corpus.
type Document struct {
	ID    string // short readable slug used in URLs: /doc/<ID>
	File  string // file name in seeds/, e.g. "000_023525cafe7d228d.txt"
	Title string // cleaned of page furniture
	Date  Date
	// DateInferred is true when the text states no full date and the
	// catalogue records the date of the event the article reports.
	DateInferred bool
	DateNote     string // why and how the date was inferred; empty otherwise
	Source       string // outlet or publisher, or "unknown"
	Author       string // empty when the text names none
	Lang         string // BCP 47 tag, e.g. "en"
	// Focus is the ISO 3166 alpha-2 code (lower case) of the Latin American
	// country the document is mainly about, or Regional; the package
	// documentation gives the rule.
	Focus      string
	Paragraphs []Paragraph
	// Mentions of every entity in the document, in text order.
	Mentions []Mention
	// TitleMentions are the mentions in Title. Their Sentence is 0 and
	// their offsets index Title.
	TitleMentions []Mention
}

// Regional is the focus of a document about Latin America and the Caribbean as
// a whole rather than one country.
const Regional = "regional"

// Paragraph is a run of sentences.
type Paragraph struct {
	Sentences []Sentence
}

// Sentence is one sentence of a document body.
type Sentence struct {
	// N numbers the sentences of a document from 1 in text order; the reader
	// anchors it as "s-<N>". Stable for a given text.
	N        int
	Text     string
	Mentions []Mention // in text order
}

// EntityKind tells what a mention refers to.
type EntityKind string

const (
	KindCountry      EntityKind = "country"
	KindRegion       EntityKind = "region"
	KindPerson       EntityKind = "person"
	KindOrganisation EntityKind = "organisation"
	KindTheme        EntityKind = "theme"
	// KindRelationship is a way the texts describe a bilateral relation,
	// such as "comprehensive strategic partnership".
	KindRelationship EntityKind = "relationship"
)

// Mention is one occurrence of a lexicon entity in a sentence.
type Mention struct {
	Kind     EntityKind
	Entity   string // lexicon id: ISO code for countries, slug otherwise
	Sentence int    // Sentence.N of the sentence it stands in
	Start    int    // byte offset of the matched text in Sentence.Text
	End      int    // byte offset just past it
	Text     string // the matched text as written
}

// Date is a calendar date without time zone.
type Date struct {
	Year  int
	Month int // 1-12
	Day   int
}
