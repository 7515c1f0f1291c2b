package corpus

import (
	"encoding/json"
	"fmt"
)

// A snapshot is the parsed corpus as the site ships it inside app.wasm: the
// parsing, checking and matching happen once, when the site is built, and
// the browser only decodes the result. Document.Mentions is left out: it is
// the sentences' mentions in order, and is rebuilt.
type snapshot struct {
	Lexicon   *Lexicon    `json:"lexicon"`
	Documents []*Document `json:"documents"`
}

// Snapshot encodes the corpus for FromSnapshot.
func (c *Corpus) Snapshot() ([]byte, error) {
	docs := make([]*Document, len(c.Documents))
	for i, d := range c.Documents {
		lean := *d
		lean.Mentions = nil
		docs[i] = &lean
	}
	return json.Marshal(snapshot{Lexicon: c.Lexicon, Documents: docs})
}

// FromSnapshot decodes a corpus that Snapshot encoded. The corpus was checked
// when the snapshot was made; FromSnapshot only makes sure the snapshot is
// whole, so that a damaged one gives an error and not a broken page.
func FromSnapshot(b []byte) (*Corpus, error) {
	var s snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("reading the corpus snapshot: %w", err)
	}
	if s.Lexicon == nil || len(s.Documents) == 0 {
		return nil, fmt.Errorf("the corpus snapshot holds no lexicon or no documents")
	}
	s.Lexicon.indexIDs()
	c := &Corpus{Lexicon: s.Lexicon, Documents: s.Documents, byID: make(map[string]*Document)}
	for _, d := range c.Documents {
		if d == nil || d.ID == "" || c.byID[d.ID] != nil {
			return nil, fmt.Errorf("the corpus snapshot has a document without an id, or twice the same id")
		}
		c.byID[d.ID] = d
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				d.Mentions = append(d.Mentions, s.Mentions...)
			}
		}
	}
	return c, nil
}
