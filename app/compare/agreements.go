package compare

import (
	"sort"
	"strings"

	"chinalac/app/corpus"
)

// The ids of the agreements found by phrase rather than by the lexicon.
const (
	FTA        = "free-trade-agreement"         // a free trade agreement
	FTAUpgrade = "free-trade-agreement-upgrade" // its upgrade
)

// upgradeReach is how many words before "free trade agreement" or "FTA" an
// "upgrade" may stand and still qualify it: "an upgraded bilateral free trade
// agreement", "an upgraded China-Chile FTA". A sentence that also names a
// second FTA further on ("and the feasibility study on China-Columbia FTA")
// does not upgrade that one.
const upgradeReach = 4

// agreements finds the organisations, frameworks and groupings a country's
// sentences mention, and the free trade agreements and their upgrades.
// Frameworks and agreements come first, then organisations, then groupings.
func agreements(lx *corpus.Lexicon, hits []hit) []Item {
	var is items
	for _, h := range hits {
		mentioned(h.s, corpus.KindOrganisation, func(id string, spans []Span) {
			o, _ := lx.Organisation(id)
			is.add(id, o.Name, o.Kind, h.ev.with(spans))
		})
		fta, upgrade := freeTrade(h.s.Text)
		if fta != nil {
			is.add(FTA, "Free trade agreement", "agreement", h.ev.with(fta))
		}
		if upgrade != nil {
			is.add(FTAUpgrade, "Upgrade of the free trade agreement", "agreement", h.ev.with(upgrade))
		}
	}
	list := is.sorted()
	rank := map[string]int{"agreement": 0, "framework": 0, "organisation": 1, "grouping": 2}
	sort.SliceStable(list, func(i, j int) bool { return rank[list[i].Detail] < rank[list[j].Detail] })
	return list
}

// freeTrade finds the free trade agreements a text names ("free trade
// agreement(s)", "FTA(s)") and, separately, those it calls upgraded, with
// the upgrade word marked too.
func freeTrade(text string) (fta, upgrade []Span) {
	ws := words(text, false)
	for i := 0; i < len(ws); i++ {
		n := ftaAt(ws, i)
		if n == 0 {
			continue
		}
		span := Span{ws[i].start, ws[i+n-1].end}
		fta = append(fta, span)
		for j := max(0, i-upgradeReach); j < i; j++ {
			if strings.HasPrefix(ws[j].lower(), "upgrad") {
				upgrade = append(upgrade, Span{ws[j].start, ws[j].end}, span)
				break
			}
		}
		i += n - 1
	}
	return fta, upgrade
}

// ftaAt returns how many words name a free trade agreement at ws[i], or 0.
func ftaAt(ws []word, i int) int {
	if t := ws[i].text; t == "FTA" || t == "FTAs" {
		return 1
	}
	if i+2 < len(ws) && ws[i].lower() == "free" && ws[i+1].lower() == "trade" {
		if a := ws[i+2].lower(); a == "agreement" || a == "agreements" {
			return 3
		}
	}
	return 0
}
