package corpus

// A Lexicon lists what mentions are found for. It is read from lexicon.json,
// a JSON object with one array per kind of entity:
//
//	{
//	  "countries":     [{"code": "cl", "name": "Chile", "latinAmerica": true,
//	                     "terms": ["Chile", "Chilean"]}],
//	  "regions":       [{"id": "lac", "name": "Latin America and the Caribbean",
//	                     "latinAmerica": true, "terms": ["Latin America", "LAC"]}],
//	  "people":        [{"id": "gabriel-boric", "name": "Gabriel Boric",
//	                     "country": "cl", "role": "President of Chile",
//	                     "terms": ["Gabriel Boric", "Boric"]}],
//	  "organisations": [{"id": "apec", "name": "Asia-Pacific Economic Cooperation",
//	                     "kind": "organisation", "terms": ["APEC"]}],
//	  "themes":        [{"id": "mining", "name": "Mining, minerals and copper",
//	                     "terms": ["copper", "mineral*"]}],
//	  "relationships": [{"id": "comprehensive-strategic-partnership",
//	                     "name": "Comprehensive strategic partnership",
//	                     "terms": ["comprehensive strategic partnership"]}]
//	}
//
// The "relationships" array is optional: it lists the phrases that name the
// standing of a bilateral relation, so that relations can be compared.
//
// Every entry may also carry a "note" for editors, such as why a misspelling
// is listed. Countries are identified by their ISO 3166-1 alpha-2 code in
// lower case, everything else by a slug of lower-case letters, digits and
// hyphens. Every entry needs a name and at least one term.
//
// # Terms
//
// A term matches whole words only: the characters either side of a match
// must not be letters or digits. Hyphens and apostrophes therefore separate
// words, so "China-Chile" mentions both China and Chile, "Sino-Mexican"
// mentions Mexico and "Peru’s" mentions Peru. A space in a term matches any
// run of white space, and the apostrophes ' and ’ match each other.
//
// Terms of countries, regions, people and organisations are names and match
// with their case as written. Theme and relationship terms are common words
// and match in any case, except a term written all in capitals, an acronym
// such as "FTA", which matches only in capitals. A theme term may end in "*" to match any
// continuation of its last word: "agricultur*" matches "agriculture" and
// "agricultural".
//
// Within one kind, matching is leftmost-longest and matches do not overlap:
// "Xi Jinping" is one mention, not two, and "Latin America and the
// Caribbean" is one region mention. Mentions of different kinds may overlap
// ("China-CELAC Forum" mentions China and the forum), except that a theme
// or relationship term inside a name of another kind is part of that name:
// "World Trade Organization" mentions the WTO, not the trade theme. A term may belong to
// only one entry of its kind; give each concept one home across kinds.
type Lexicon struct {
	Countries     []Country      `json:"countries"`
	Regions       []Region       `json:"regions"`
	People        []Person       `json:"people"`
	Organisations []Organisation `json:"organisations"`
	Themes        []Theme        `json:"themes"`
	Relationships []Relationship `json:"relationships,omitempty"`

	index    map[EntityKind]map[string]int // entity id to its index in its slice
	matchers []*matcher                    // one per kind, countries first
}

// A Country is a sovereign state.
type Country struct {
	Code string `json:"code"` // ISO 3166-1 alpha-2, lower case: "cl"
	Name string `json:"name"`
	// LatinAmerica is true for the countries of Latin America and the
	// Caribbean: the countries a document's Focus can name.
	LatinAmerica bool     `json:"latinAmerica"`
	Terms        []string `json:"terms"`
	Note         string   `json:"note,omitempty"`
}

// A Region is a group of countries named as a whole.
type Region struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// LatinAmerica is true for Latin America and the Caribbean, or a part of
	// it: mentions of such regions make a document's focus Regional.
	LatinAmerica bool     `json:"latinAmerica"`
	Terms        []string `json:"terms"`
	Note         string   `json:"note,omitempty"`
}

// A Person is someone the texts name.
type Person struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Country string   `json:"country"` // code of a Country of the lexicon
	Role    string   `json:"role"`
	Terms   []string `json:"terms"`
	Note    string   `json:"note,omitempty"`
}

// An Organisation is an institution, agreement or grouping.
type Organisation struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Kind is "organisation" for an institution with members (APEC),
	// "framework" for an agreement, initiative or forum (Belt and Road), or
	// "grouping" for an informal group of countries (Global South).
	Kind  string   `json:"kind"`
	Terms []string `json:"terms"`
	Note  string   `json:"note,omitempty"`
}

// A Theme is a subject of cooperation, such as trade or mining.
type Theme struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Terms []string `json:"terms"`
	Note  string   `json:"note,omitempty"`
}

// A Relationship is a standing that the texts give a bilateral relation, such
// as "comprehensive strategic partnership".
type Relationship struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Terms []string `json:"terms"`
	Note  string   `json:"note,omitempty"`
}

// Country returns the country with the given code.
func (lx *Lexicon) Country(code string) (Country, bool) {
	i, ok := lx.index[KindCountry][code]
	if !ok {
		return Country{}, false
	}
	return lx.Countries[i], true
}

// Region returns the region with the given id.
func (lx *Lexicon) Region(id string) (Region, bool) {
	i, ok := lx.index[KindRegion][id]
	if !ok {
		return Region{}, false
	}
	return lx.Regions[i], true
}

// Person returns the person with the given id.
func (lx *Lexicon) Person(id string) (Person, bool) {
	i, ok := lx.index[KindPerson][id]
	if !ok {
		return Person{}, false
	}
	return lx.People[i], true
}

// Organisation returns the organisation with the given id.
func (lx *Lexicon) Organisation(id string) (Organisation, bool) {
	i, ok := lx.index[KindOrganisation][id]
	if !ok {
		return Organisation{}, false
	}
	return lx.Organisations[i], true
}

// Theme returns the theme with the given id.
func (lx *Lexicon) Theme(id string) (Theme, bool) {
	i, ok := lx.index[KindTheme][id]
	if !ok {
		return Theme{}, false
	}
	return lx.Themes[i], true
}

// Relationship returns the relationship with the given id.
func (lx *Lexicon) Relationship(id string) (Relationship, bool) {
	i, ok := lx.index[KindRelationship][id]
	if !ok {
		return Relationship{}, false
	}
	return lx.Relationships[i], true
}

// Name returns the display name of the entity a mention refers to.
func (lx *Lexicon) Name(kind EntityKind, id string) (string, bool) {
	i, ok := lx.index[kind][id]
	if !ok {
		return "", false
	}
	switch kind {
	case KindCountry:
		return lx.Countries[i].Name, true
	case KindRegion:
		return lx.Regions[i].Name, true
	case KindPerson:
		return lx.People[i].Name, true
	case KindOrganisation:
		return lx.Organisations[i].Name, true
	case KindRelationship:
		return lx.Relationships[i].Name, true
	}
	return lx.Themes[i].Name, true
}

// indexIDs builds the look-up from each kind's entity ids to their position
// in their section. Of duplicate ids, which the checks report, the last wins.
func (lx *Lexicon) indexIDs() {
	lx.index = make(map[EntityKind]map[string]int)
	add := func(kind EntityKind, n int, id func(int) string) {
		index := make(map[string]int, n)
		for i := range n {
			index[id(i)] = i
		}
		lx.index[kind] = index
	}
	add(KindCountry, len(lx.Countries), func(i int) string { return lx.Countries[i].Code })
	add(KindRegion, len(lx.Regions), func(i int) string { return lx.Regions[i].ID })
	add(KindPerson, len(lx.People), func(i int) string { return lx.People[i].ID })
	add(KindOrganisation, len(lx.Organisations), func(i int) string { return lx.Organisations[i].ID })
	add(KindTheme, len(lx.Themes), func(i int) string { return lx.Themes[i].ID })
	add(KindRelationship, len(lx.Relationships), func(i int) string { return lx.Relationships[i].ID })
}
