package compare

import (
	"encoding/json"
	"fmt"

	"chinalac/app/corpus"
)

// Facts are what the corpus says about each country a selection can hold
// (see ParseSelection), by ISO code: the parts of a Profile that do not
// depend on the countries set beside it. The site extracts them when it is
// built ([FactsOf]) and ships them inside app.wasm ([Facts.Encode],
// [DecodeFacts]); in the browser, [Compare] only weighs the distinctive
// terms and lays out the matrix and the timeline.
type Facts map[string]CountryFacts

// CountryFacts are the facts about one country; the fields are those of
// its Profile.
type CountryFacts struct {
	// Sentences are the sentences that count for the country, in reading
	// order, unmarked: the text its distinctive terms are weighed in.
	Sentences    []Evidence  `json:"sentences"`
	Documents    Documents   `json:"documents"`
	People       People      `json:"people"`
	Relationship []Item      `json:"relationship"`
	Milestones   []Milestone `json:"milestones"`
	Agreements   []Item      `json:"agreements"`
	Themes       []Item      `json:"themes"` // most sentences first
	Figures      []Figure    `json:"figures"`
	Quotes       []Quote     `json:"quotes"`
}

// FactsOf extracts the facts about every Latin American country c
// mentions.
func FactsOf(c *corpus.Corpus) Facts {
	facts := make(Facts)
	for _, code := range selectable(c) {
		hits := attributed(c, code)
		sentences := make([]Evidence, len(hits))
		for i, h := range hits {
			sentences[i] = h.ev.with(nil)
		}
		facts[code] = CountryFacts{
			Sentences:    sentences,
			Documents:    documents(code, hits),
			People:       people(c.Lexicon, code, hits),
			Relationship: lexiconItems(c.Lexicon, corpus.KindRelationship, hits),
			Milestones:   milestones(hits),
			Agreements:   agreements(c.Lexicon, code, hits),
			Themes:       lexiconItems(c.Lexicon, corpus.KindTheme, hits),
			Figures:      figures(hits),
			Quotes:       quotes(c.Lexicon, code, hits),
		}
	}
	return facts
}

// Encode writes the facts for DecodeFacts.
func (f Facts) Encode() ([]byte, error) { return json.Marshal(f) }

// DecodeFacts reads facts that Encode wrote about the corpus c. A damaged
// file, or one about another corpus, gives an error, never facts that
// would break the page.
func DecodeFacts(c *corpus.Corpus, b []byte) (Facts, error) {
	var f Facts
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("reading the comparison's facts: %w", err)
	}
	for _, code := range selectable(c) {
		if _, ok := f[code]; !ok {
			return nil, fmt.Errorf("the comparison's facts lack the country %q", code)
		}
	}
	for code, cf := range f {
		if err := cf.check(c); err != nil {
			return nil, fmt.Errorf("the comparison's facts about %q do not fit the corpus: %w", code, err)
		}
	}
	return f, nil
}

// check makes sure that every document and sentence the facts refer to is
// in c, as written there.
func (cf CountryFacts) check(c *corpus.Corpus) error {
	for _, d := range cf.Documents.List {
		if _, ok := c.Document(d.ID); !ok {
			return fmt.Errorf("no document %q", d.ID)
		}
	}
	var err error
	cf.eachEvidence(func(e Evidence) {
		if _, s, ok := sentenceOf(c, e); err == nil && (!ok || s.Text != e.Text) {
			err = fmt.Errorf("no sentence %s#%d as the facts quote it", e.DocID, e.Sentence)
		}
	})
	return err
}

// sentenceOf returns the sentence e refers to, and its document.
func sentenceOf(c *corpus.Corpus, e Evidence) (*corpus.Document, *corpus.Sentence, bool) {
	d, ok := c.Document(e.DocID)
	if !ok {
		return nil, nil, false
	}
	s, ok := d.Sentence(e.Sentence)
	return d, s, ok
}

// hits returns the country's sentences, from c, which the facts are about,
// for Compare to weigh their words.
func (cf CountryFacts) hits(c *corpus.Corpus) []hit {
	hits := make([]hit, len(cf.Sentences))
	for i, ev := range cf.Sentences {
		d, s, _ := sentenceOf(c, ev)
		hits[i] = hit{doc: d, s: s, ev: ev}
	}
	return hits
}

// eachEvidence calls visit with every Evidence of the facts.
func (cf CountryFacts) eachEvidence(visit func(Evidence)) {
	list := func(evs []Evidence) {
		for _, e := range evs {
			visit(e)
		}
	}
	items := func(is []Item) {
		for _, it := range is {
			list(it.Evidence)
		}
	}
	list(cf.Sentences)
	items(cf.People.Own)
	items(cf.People.China)
	items(cf.Relationship)
	for _, m := range cf.Milestones {
		list(m.Evidence)
	}
	items(cf.Agreements)
	items(cf.Themes)
	for _, fig := range cf.Figures {
		visit(fig.Evidence)
	}
	for _, q := range cf.Quotes {
		visit(q.Evidence)
	}
}
