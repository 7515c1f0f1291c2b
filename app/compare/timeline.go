package compare

import "chinalac/app/corpus"

// A Timeline dates every document of the corpus, with one lane per selected
// country: a document is in a country's lane when it has sentences that
// count for the country. The documents in no lane are the Others.
type Timeline struct {
	Countries []string      `json:"countries"` // the lanes, in selection order
	Documents []TimelineDoc `json:"documents"` // all of them, in reading order
}

// A TimelineDoc is a document on the timeline.
type TimelineDoc struct {
	DocRef
	// Sentences counts the document's sentences that count for each
	// selected country, aligned with Timeline.Countries; 0 leaves it out
	// of that lane.
	Sentences []int `json:"sentences"`
}

// Lane returns the documents in the lane of the country with the given code.
func (t Timeline) Lane(code string) []TimelineDoc {
	var docs []TimelineDoc
	for i, c := range t.Countries {
		if c != code {
			continue
		}
		for _, d := range t.Documents {
			if d.Sentences[i] > 0 {
				docs = append(docs, d)
			}
		}
	}
	return docs
}

// Others returns the documents in no lane: none of their sentences counts
// for a selected country.
func (t Timeline) Others() []TimelineDoc {
	var docs []TimelineDoc
	for _, d := range t.Documents {
		total := 0
		for _, n := range d.Sentences {
			total += n
		}
		if total == 0 {
			docs = append(docs, d)
		}
	}
	return docs
}

func newTimeline(c *corpus.Corpus, codes []string, of []CountryFacts) Timeline {
	t := Timeline{Countries: codes}
	index := make(map[string]int)
	for i, d := range c.Documents {
		index[d.ID] = i
		t.Documents = append(t.Documents, TimelineDoc{DocRef: docRef(d), Sentences: make([]int, len(codes))})
	}
	for i := range codes {
		for _, d := range of[i].Documents.List {
			t.Documents[index[d.ID]].Sentences[i] = d.Sentences
		}
	}
	return t
}
