package compare

import (
	"sync"
	"testing"

	"chinalac/app/corpus"
	"chinalac/seeds"
)

var (
	seedOnce   sync.Once
	seedCorpus *corpus.Corpus
	seedFacts  Facts
	seedErr    error
)

// realCorpus loads the seeds once for all tests.
func realCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	seedOnce.Do(func() {
		seedCorpus, seedErr = corpus.Load(seeds.FS)
		if seedErr == nil {
			seedFacts = FactsOf(seedCorpus)
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedCorpus
}

// realFacts are the facts about the seeds, extracted once for all tests.
func realFacts(t testing.TB) Facts {
	t.Helper()
	realCorpus(t)
	return seedFacts
}

// countsFor is the attribution rule of the package documentation, written
// again, apart from the implementation, for the tests to check it against.
func countsFor(lx *corpus.Lexicon, d *corpus.Document, s *corpus.Sentence, code string) bool {
	countryOf := func(m corpus.Mention) string {
		if m.Kind == corpus.KindCountry {
			return m.Entity
		}
		if m.Kind == corpus.KindPerson {
			p, _ := lx.Person(m.Entity)
			return p.Country
		}
		return ""
	}
	for _, m := range s.Mentions {
		if countryOf(m) == code {
			return true // rule 1: it names the country or one of its people
		}
	}
	if d.Focus != code {
		return false
	}
	for _, m := range s.Mentions {
		if c, ok := lx.Country(countryOf(m)); ok && c.LatinAmerica {
			return false // rule 2 fails: it names another Latin American country
		}
	}
	return true
}

// sentence returns sentence n of the document id, failing the test if
// there is none.
func sentence(t testing.TB, c *corpus.Corpus, id string, n int) (*corpus.Document, *corpus.Sentence) {
	t.Helper()
	d, ok := c.Document(id)
	if !ok {
		t.Fatalf("no document %s", id)
	}
	s, ok := d.Sentence(n)
	if !ok {
		t.Fatalf("%s has no sentence %d", id, n)
	}
	return d, s
}

// marks returns the words an Evidence marks.
func marks(e Evidence) []string {
	var ws []string
	for _, sp := range e.Marks {
		ws = append(ws, e.Text[sp.Start:sp.End])
	}
	return ws
}
