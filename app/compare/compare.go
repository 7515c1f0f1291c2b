package compare

import (
	"slices"

	"chinalac/app/corpus"
)

// A Comparison is everything the comparison page shows for a selection.
type Comparison struct {
	Selection Selection `json:"selection"`
	// Profiles are aligned with Selection.Countries, and their sections
	// with each other, so that the page can set them side by side.
	Profiles []Profile `json:"profiles"`
	Matrix   *Matrix   `json:"matrix"` // sorted by total
	Timeline Timeline  `json:"timeline"`
}

// A Profile is what the corpus says about China's relation with one
// country, drawn from the sentences that count for it.
type Profile struct {
	Country   string    `json:"country"` // ISO code
	Name      string    `json:"name"`
	Sentences int       `json:"sentences"` // that count for the country
	Documents Documents `json:"documents"`
	// People are who speaks for each side.
	People People `json:"people"`
	// Relationship is how the texts describe the relation: "comprehensive
	// strategic partnership".
	Relationship []Item      `json:"relationship"`
	Milestones   []Milestone `json:"milestones"` // by year
	// Agreements are the frameworks, free trade agreements, organisations
	// and groupings the sentences name, in that order.
	Agreements []Item   `json:"agreements"`
	Themes     []Item   `json:"themes"`  // most sentences first; as the Matrix counts them
	Figures    []Figure `json:"figures"` // in reading order
	// Terms are the words most distinctive of the country's sentences
	// against those of the other selected countries (see Keyness).
	Terms []Term `json:"terms"`
	// Quotes are one or two key sentences of reported speech: one for
	// each side when both speak, preferring those that name a person and
	// several themes.
	Quotes []Quote `json:"quotes"`
}

// Compare computes the comparison of the selected countries from the
// facts about them, which are about c (FactsOf, DecodeFacts); the
// comparison shares their slices. Countries without facts get empty
// profiles; use ParseSelection to make a selection.
func Compare(c *corpus.Corpus, facts Facts, sel Selection) *Comparison {
	codes := slices.Clone(sel.Countries)
	of := make([]CountryFacts, len(codes))
	hits := make([][]hit, len(codes))
	for i, code := range codes {
		of[i] = facts[code]
		hits[i] = of[i].hits(c)
	}
	out := &Comparison{
		Selection: sel,
		Matrix:    newMatrix(c.Lexicon, codes, of),
		Timeline:  newTimeline(c, codes, of),
	}
	skip := nameWords(c.Lexicon)
	for i, code := range codes {
		f := of[i]
		out.Profiles = append(out.Profiles, Profile{
			Country:      code,
			Name:         countryName(c.Lexicon, code),
			Sentences:    len(f.Sentences),
			Documents:    f.Documents,
			People:       f.People,
			Relationship: f.Relationship,
			Milestones:   f.Milestones,
			Agreements:   f.Agreements,
			Themes:       f.Themes,
			Figures:      f.Figures,
			Terms:        terms(i, hits, skip),
			Quotes:       f.Quotes,
		})
	}
	return out
}

// terms weighs the words of country i's sentences against those of the
// sentences that count for the other selected countries and not for i, so
// that no sentence is set against itself.
func terms(i int, hits [][]hit, skip map[string]bool) []Term {
	own := make(map[*corpus.Sentence]bool)
	var target, reference []string
	for _, h := range hits[i] {
		own[h.s] = true
		target = append(target, tokens(h.s.Text, skip)...)
	}
	seen := make(map[*corpus.Sentence]bool)
	for j := range hits {
		for _, h := range hits[j] {
			if j == i || own[h.s] || seen[h.s] {
				continue
			}
			seen[h.s] = true
			reference = append(reference, tokens(h.s.Text, skip)...)
		}
	}
	return withEvidence(distinctive(target, reference), hits[i])
}
