package corpus

import (
	"fmt"
	"regexp"
)

// A section is one array of lexicon.json, reduced to what the checks and
// the matcher need.
type section struct {
	kind    EntityKind
	key     string // JSON key of the array
	entries []entry
}

type entry struct {
	id, name string
	terms    []string
	errs     []string // problems particular to the kind of entry
}

func entries[T any](list []T, f func(T) entry) []entry {
	es := make([]entry, len(list))
	for i, v := range list {
		es[i] = f(v)
	}
	return es
}

// slugEntry is an entry identified by a slug rather than a country code.
func slugEntry(id, name string, terms []string) entry {
	e := entry{id: id, name: name, terms: terms}
	if !isSlug(id) {
		e.errs = append(e.errs, "id must be a slug of lower-case letters, digits and hyphens")
	}
	return e
}

func (lx *Lexicon) sections() []section {
	codes := make(map[string]bool)
	for _, c := range lx.Countries {
		codes[c.Code] = true
	}
	return []section{
		{KindCountry, "countries", entries(lx.Countries, func(c Country) entry {
			e := entry{id: c.Code, name: c.Name, terms: c.Terms}
			if !countryCodePattern.MatchString(c.Code) {
				e.errs = append(e.errs, "code must be two lower-case letters (ISO 3166-1 alpha-2)")
			}
			return e
		})},
		{KindRegion, "regions", entries(lx.Regions, func(r Region) entry {
			return slugEntry(r.ID, r.Name, r.Terms)
		})},
		{KindPerson, "people", entries(lx.People, func(p Person) entry {
			e := slugEntry(p.ID, p.Name, p.Terms)
			if !codes[p.Country] {
				e.errs = append(e.errs, fmt.Sprintf("unknown country code %q", p.Country))
			}
			return e
		})},
		{KindOrganisation, "organisations", entries(lx.Organisations, func(o Organisation) entry {
			e := slugEntry(o.ID, o.Name, o.Terms)
			if !organisationKinds[o.Kind] {
				e.errs = append(e.errs, fmt.Sprintf("kind %q is not organisation, framework or grouping", o.Kind))
			}
			return e
		})},
		{KindTheme, "themes", entries(lx.Themes, func(t Theme) entry {
			return slugEntry(t.ID, t.Name, t.Terms)
		})},
		{KindRelationship, "relationships", entries(lx.Relationships, func(r Relationship) entry {
			return slugEntry(r.ID, r.Name, r.Terms)
		})},
	}
}

// organisationKinds are the values Organisation.Kind may take.
var organisationKinds = map[string]bool{"organisation": true, "framework": true, "grouping": true}

var (
	slugPattern        = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	countryCodePattern = regexp.MustCompile(`^[a-z]{2}$`)
)

// isSlug reports whether s can stand as is in a URL path: words of
// lower-case letters and digits joined by single hyphens.
func isSlug(s string) bool { return slugPattern.MatchString(s) }

// compile checks the lexicon and builds its indexes and matchers, reporting
// every problem it finds. The lexicon is fit for use only if there are none.
func (lx *Lexicon) compile(ps *problems) {
	lx.indexIDs()
	lx.matchers = nil
	for _, sec := range lx.sections() {
		seen := make(map[string]bool)
		m := newMatcher(sec.kind)
		for i, e := range sec.entries {
			where := fmt.Sprintf("%s[%d] %q", sec.key, i, e.id)
			for _, msg := range e.errs {
				ps.add("%s: %s", where, msg)
			}
			if seen[e.id] {
				ps.add("%s: duplicate id", where)
			}
			seen[e.id] = true
			if e.name == "" {
				ps.add("%s: missing name", where)
			}
			if len(e.terms) == 0 {
				ps.add("%s: no terms", where)
			}
			for _, t := range e.terms {
				if err := m.add(t, e.id); err != nil {
					ps.add("%s: %v", where, err)
				}
			}
		}
		lx.matchers = append(lx.matchers, m)
	}
}
