package compare

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"chinalac/app/corpus"
)

// A Term is a word a country's sentences use more than the other selected
// countries' sentences do.
type Term struct {
	Term      string  `json:"term"`      // in lower case
	Count     int     `json:"count"`     // in the country's sentences
	Reference int     `json:"reference"` // in the other countries' sentences
	G2        float64 `json:"g2"`        // log-likelihood keyness
	// Evidence is the country's sentences that use the term, in reading
	// order; Marks: the term.
	Evidence []Evidence `json:"evidence"`
}

// Keyness settings: what the list of distinctive terms shows.
const (
	minTermCount = 2 // a term the country uses once says little
	minTermRunes = 3 // shorter tokens are mostly function words and initials
	maxTerms     = 8
)

// Keyness returns the log-likelihood (G²) keyness of a term that occurs a
// times in a target text of c words and b times in a reference text of d
// words (Rayson and Garside 2000):
//
//	E1 = c(a+b)/(c+d)    E2 = d(a+b)/(c+d)
//	G² = 2(a ln(a/E1) + b ln(b/E2))
//
// where a term with a zero count contributes nothing. It is 0 when either
// text is empty or the term occurs in neither.
func Keyness(a, b, c, d int) float64 {
	if c <= 0 || d <= 0 || a+b == 0 {
		return 0
	}
	total := float64(a + b)
	e1 := float64(c) * total / float64(c+d)
	e2 := float64(d) * total / float64(c+d)
	g := 0.0
	if a > 0 {
		g += float64(a) * math.Log(float64(a)/e1)
	}
	if b > 0 {
		g += float64(b) * math.Log(float64(b)/e2)
	}
	return 2 * g
}

// distinctive returns the terms over-used in target against reference, by
// G² and then alphabetically: at most maxTerms, each used at least
// minTermCount times in target. Both are lists of tokens.
func distinctive(target, reference []string) []Term {
	a, b := counts(target), counts(reference)
	var terms []Term
	for t, n := range a {
		// Over-used: a/c > b/d.
		if n < minTermCount || n*len(reference) <= b[t]*len(target) {
			continue
		}
		terms = append(terms, Term{Term: t, Count: n, Reference: b[t], G2: Keyness(n, b[t], len(target), len(reference))})
	}
	sort.Slice(terms, func(i, j int) bool {
		x, y := terms[i], terms[j]
		return x.G2 > y.G2 || x.G2 == y.G2 && x.Term < y.Term
	})
	return terms[:min(len(terms), maxTerms)]
}

func counts(tokens []string) map[string]int {
	m := make(map[string]int)
	for _, t := range tokens {
		m[t]++
	}
	return m
}

// tokens returns the words of text that keyness weighs: in lower case, with
// letters, at least minTermRunes long, neither ordinals ("10th", "third"),
// stop words nor in skip.
func tokens(text string, skip map[string]bool) []string {
	var ts []string
	for _, w := range words(text, false) {
		t := w.lower()
		if _, isOrdinal := ordinal(t); isOrdinal || utf8.RuneCountInString(t) < minTermRunes ||
			stopWords[t] || speechVerbs[t] || readoutWords[t] || skip[t] || !hasLetter(t) {
			continue
		}
		ts = append(ts, t)
	}
	return ts
}

// withEvidence adds to each term the sentences of hits that use it.
func withEvidence(terms []Term, hits []hit) []Term {
	for i := range terms {
		for _, h := range hits {
			var spans []Span
			for _, w := range words(h.s.Text, false) {
				if w.lower() == terms[i].Term {
					spans = append(spans, Span{w.start, w.end})
				}
			}
			if spans != nil {
				terms[i].Evidence = append(terms[i].Evidence, h.ev.with(spans))
			}
		}
	}
	return terms
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return isWordRune(r) && (r < '0' || r > '9') }) >= 0
}

// nameWords returns the words of the lexicon terms of every country,
// region and person, "chile", "chilean", "sino", "latin", "boric", "lópez"
// and so on, which keyness skips: that Chile's sentences say "Chile" or
// "Boric" more often tells nothing.
func nameWords(lx *corpus.Lexicon) map[string]bool {
	skip := make(map[string]bool)
	add := func(terms []string) {
		for _, t := range terms {
			for _, w := range words(t, false) {
				skip[w.lower()] = true
			}
		}
	}
	for _, c := range lx.Countries {
		add(c.Terms)
	}
	for _, r := range lx.Regions {
		add(r.Terms)
	}
	for _, p := range lx.People {
		add(p.Terms)
	}
	return skip
}

// stopWords are English function words, and the reporting verbs every
// article uses (with speechVerbs), which keyness skips: they tell how a
// story is told, not what it is about.
var stopWords = set(strings.Fields(`
	about above after again against all also among and any are because been before being below between both
	but can could did does doing down during each few for from further had has have having here how into
	its itself just more most much not now off once only other our ours out over own same should some such
	than that the their theirs them then there these they this those through too under until very was were
	what when where which while who whom why will with would you your yet upon per via one two three
	say told adding pointing stressing noting
`)...)

// readoutWords are the set phrases of official readouts of diplomatic
// meetings, which such texts use whichever country they are about, and
// which keyness skips too: they tell the genre, not the country. By kind:
//
//   - the parties, as readouts name them: "the two nations", "both
//     sides", "both peoples";
//   - stance: "stands ready", "is willing to", "hopes", "attaches great
//     importance";
//   - the verbs of intent readouts pair with "cooperation" and "relations":
//     "advance", "deepen", "enhance", "strengthen", "push forward";
//   - adverbs of degree and manner: "jointly", "actively", "fully",
//     "increasingly";
//   - comparatives and evaluations: "greater", "closer", "important",
//     "major", "fruitful", "positive";
//   - light nouns that stand for any subject: "activities", "areas",
//     "fields", "issues", "efforts";
//   - where relations are taken: "to new heights", "to a new level".
var readoutWords = set(strings.Fields(`
	nation nations country countries side sides party parties people peoples
	stand stands ready willing willingness hope hopes attach attaches importance
	advance advancing promote promoting deepen deepening enhance enhancing strengthen strengthening
	expand expanding consolidate push boost work make continue
	jointly actively fully further greatly deeply closely consistently increasingly steadily smoothly
	successfully continuously resolutely firmly effectively truly
	greater closer broader deeper higher better stronger great important major fruitful positive strong good
	activities activity areas area fields field issues issue efforts effort aspects matters ways
	heights level new
`)...)
