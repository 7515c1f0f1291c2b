package compare

import "chinalac/app/corpus"

// Attributed returns the sentences that count for the country with the given
// code, in reading order, by the rule given in the package documentation.
// Each Evidence marks the mentions that name the country, if any.
func Attributed(c *corpus.Corpus, code string) []Evidence {
	hits := attributed(c, code)
	evs := make([]Evidence, len(hits))
	for i, h := range hits {
		evs[i] = h.ev
	}
	return evs
}

func attributed(c *corpus.Corpus, code string) []hit {
	var hits []hit
	for _, d := range c.Documents {
		for i := range d.Paragraphs {
			for j := range d.Paragraphs[i].Sentences {
				s := &d.Paragraphs[i].Sentences[j]
				if ev, ok := attribute(c.Lexicon, d, s, code); ok {
					hits = append(hits, hit{doc: d, s: s, ev: ev})
				}
			}
		}
	}
	return hits
}

// attribute tells whether sentence s of document d counts for the country
// code, and if so gives it as Evidence with the reason.
func attribute(lx *corpus.Lexicon, d *corpus.Document, s *corpus.Sentence, code string) (Evidence, bool) {
	var countries, people []Span
	person := ""   // the first of the country's people the sentence names
	other := false // it names another Latin American country
	for _, m := range s.Mentions {
		named, isPerson := namedCountry(lx, m)
		switch {
		case named == code && isPerson:
			people = append(people, Span{m.Start, m.End})
			if person == "" {
				person, _ = lx.Name(m.Kind, m.Entity)
			}
		case named == code:
			countries = append(countries, Span{m.Start, m.End})
		case named != "" && latinAmerican(lx, named):
			other = true
		}
	}
	ev := Evidence{DocID: d.ID, Sentence: s.N, Text: s.Text}
	switch {
	case countries != nil:
		ev.Reason = "names " + countryName(lx, code)
		ev.Marks = countries
	case people != nil:
		ev.Reason = "names " + person
		ev.Marks = people
	case d.Focus == code && !other:
		ev.Reason = "in a document about " + countryName(lx, code)
	default:
		return Evidence{}, false
	}
	return ev, true
}

// namedCountry returns the country a mention names: the country itself, or
// a person's country. It is "" for other kinds of mention.
func namedCountry(lx *corpus.Lexicon, m corpus.Mention) (code string, person bool) {
	switch m.Kind {
	case corpus.KindCountry:
		return m.Entity, false
	case corpus.KindPerson:
		if p, ok := lx.Person(m.Entity); ok {
			return p.Country, true
		}
	}
	return "", false
}

func latinAmerican(lx *corpus.Lexicon, code string) bool {
	country, ok := lx.Country(code)
	return ok && country.LatinAmerica
}
