package search

import "chinalac/app/corpus"

// FromCorpus indexes the documents of the parsed corpus.
func FromCorpus(c *corpus.Corpus) *Index {
	return New(Docs(c))
}

// Docs adapts the corpus documents to what the index needs: the body
// sentences in order, the author as byline and, as Countries, every
// country the title or body mentions.
func Docs(c *corpus.Corpus) []Doc {
	docs := make([]Doc, 0, len(c.Documents))
	for _, d := range c.Documents {
		doc := Doc{ID: d.ID, Title: d.Title, Author: d.Author, Focus: d.Focus}
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				doc.Sentences = append(doc.Sentences, Sentence{N: s.N, Text: s.Text})
			}
		}
		seen := map[string]bool{}
		for _, ms := range [][]corpus.Mention{d.TitleMentions, d.Mentions} {
			for _, m := range ms {
				if m.Kind == corpus.KindCountry && !seen[m.Entity] {
					seen[m.Entity] = true
					doc.Countries = append(doc.Countries, m.Entity)
				}
			}
		}
		docs = append(docs, doc)
	}
	return docs
}
