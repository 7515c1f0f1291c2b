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

// ownerReach is how many words may stand between a free trade agreement
// and the country it is with: "China-Chile FTA", "a free trade agreement
// with Peru".
const ownerReach = 2

// agreements finds the organisations, frameworks and groupings a country's
// sentences mention, and the free trade agreements and their upgrades: of
// a sentence's free trade agreements, those of another country ("the
// feasibility study on China-Columbia FTA") are not the country's.
// Frameworks and agreements come first, then organisations, then groupings.
func agreements(lx *corpus.Lexicon, code string, hits []hit) []Item {
	var is items
	for _, h := range hits {
		mentioned(h.s, corpus.KindOrganisation, func(id string, spans []Span) {
			o, _ := lx.Organisation(id)
			is.add(id, o.Name, o.Kind, h.ev.with(spans))
		})
		var fta, upgrade []Span
		for _, f := range freeTrade(h.s.Text) {
			if owner := ftaOwner(lx, h.s, f.at); owner != "" && owner != code {
				continue
			}
			fta = append(fta, f.at)
			if f.upgraded {
				upgrade = append(upgrade, f.upgrade, f.at)
			}
		}
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

// ftaOwner returns the Latin American country named nearest the free
// trade agreement at sp, within ownerReach words and the same clause, or ""
// if none is.
func ftaOwner(lx *corpus.Lexicon, s *corpus.Sentence, sp Span) string {
	owner, nearest := "", ownerReach+1
	for _, m := range s.Mentions {
		if m.Kind != corpus.KindCountry || !latinAmerican(lx, m.Entity) {
			continue
		}
		gap := "" // between the name and the agreement, if they do not overlap
		if m.End <= sp.Start || sp.End <= m.Start {
			gap = s.Text[min(m.End, sp.End):max(m.Start, sp.Start)]
		}
		if n := len(words(gap, false)); n < nearest && !clauseBreak(gap) {
			owner, nearest = m.Entity, n
		}
	}
	return owner
}

// A freeTradeAt is a free trade agreement a text names ("free trade
// agreement(s)", "FTA(s)"), with the word that calls it upgraded, if any.
type freeTradeAt struct {
	at       Span
	upgraded bool
	upgrade  Span // the upgrade word
}

// freeTrade finds the free trade agreements a text names, in text order.
func freeTrade(text string) []freeTradeAt {
	ws := words(text, false)
	var out []freeTradeAt
	for i := 0; i < len(ws); i++ {
		n := ftaAt(ws, i)
		if n == 0 {
			continue
		}
		f := freeTradeAt{at: Span{ws[i].start, ws[i+n-1].end}}
		for j := max(0, i-upgradeReach); j < i; j++ {
			if strings.HasPrefix(ws[j].lower(), "upgrad") {
				f.upgraded, f.upgrade = true, Span{ws[j].start, ws[j].end}
				break
			}
		}
		out = append(out, f)
		i += n - 1
	}
	return out
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
