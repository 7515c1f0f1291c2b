package corpus

// titleWeight is what a mention in the headline counts for against one in
// the body: a headline names what its article is about.
const titleWeight = 3

// focus names the Latin American country d is mainly about, or Regional.
//
// Every mention of a Latin American country, and every mention of a region
// of Latin America, scores 1, or titleWeight in the title. The best-scoring
// country is the focus if it scores more than all other Latin American
// countries together and at least as much as the regions. Otherwise the
// document is about several countries, or the region as a whole, and its
// focus is Regional; so is that of a document that mentions no Latin
// American country at all.
func (lx *Lexicon) focus(d *Document) string {
	scores := make(map[string]int)
	var countries, regions int
	count := func(ms []Mention, weight int) {
		for _, m := range ms {
			switch {
			case m.Kind == KindCountry && lx.latinAmerican(m.Entity):
				scores[m.Entity] += weight
				countries += weight
			case m.Kind == KindRegion && lx.latinAmericanRegion(m.Entity):
				regions += weight
			}
		}
	}
	count(d.Mentions, 1)
	count(d.TitleMentions, titleWeight)

	best, top := Regional, 0
	for code, score := range scores {
		if score > top {
			best, top = code, score
		}
	}
	if 2*top > countries && top >= regions {
		return best
	}
	return Regional
}

func (lx *Lexicon) latinAmerican(code string) bool {
	c, ok := lx.Country(code)
	return ok && c.LatinAmerica
}

func (lx *Lexicon) latinAmericanRegion(id string) bool {
	r, ok := lx.Region(id)
	return ok && r.LatinAmerica
}
