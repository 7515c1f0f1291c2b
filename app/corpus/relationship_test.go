package corpus

import (
	"slices"
	"strings"
	"testing"

	"chinalac/seeds"
)

// TestRelationshipMentions checks that relationship terms match as common
// words: in any case, longest first, and not inside a name.
func TestRelationshipMentions(t *testing.T) {
	lx := &Lexicon{
		Countries: []Country{{Code: "mx", Name: "Mexico", LatinAmerica: true, Terms: []string{"Mexico"}}},
		Organisations: []Organisation{
			{ID: "spf", Name: "Strategic Partnership Forum", Kind: "framework", Terms: []string{"Strategic Partnership Forum"}},
		},
		Relationships: []Relationship{
			{ID: "csp", Name: "Comprehensive strategic partnership", Terms: []string{"comprehensive strategic partnership", "comprehensive strategic association"}},
			{ID: "sp", Name: "Strategic partnership", Terms: []string{"strategic partnership"}},
		},
	}
	var ps problems
	lx.compile(&ps)
	if len(ps.list) > 0 {
		t.Fatal(ps.list)
	}
	tests := []struct {
		text string
		want []found
	}{
		{"the comprehensive strategic partnership", []found{{"csp", "comprehensive strategic partnership"}}},
		{"their Comprehensive Strategic Association.", []found{{"csp", "Comprehensive Strategic Association"}}},
		{"a strategic  partnership with Mexico", []found{{"sp", "strategic  partnership"}}},
		{"the Strategic Partnership Forum", nil}, // part of a name
		{"strategic partnerships", nil},          // whole words only
	}
	for _, tt := range tests {
		var got []found
		for _, m := range lx.mentions(tt.text, 1) {
			if m.Kind == KindRelationship {
				got = append(got, found{m.Entity, m.Text})
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("mentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if name, ok := lx.Name(KindRelationship, "sp"); !ok || name != "Strategic partnership" {
		t.Errorf("Name(relationship, sp) = %q, %v", name, ok)
	}
	if r, ok := lx.Relationship("csp"); !ok || r.ID != "csp" {
		t.Errorf("Relationship(csp) = %v, %v", r, ok)
	}
}

// TestSeedRelationships pins the relationship phrases of the seeds.
func TestSeedRelationships(t *testing.T) {
	c, err := Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc  string
		n    int
		id   string
		text string
	}{
		{"xi-pinera-call-2020", 8, "comprehensive-strategic-partnership", "comprehensive strategic partnership"},
		{"xi-boric-lima-2024", 2, "comprehensive-strategic-partnership", "comprehensive strategic partnership"},
		{"xi-boluarte-beijing-2024", 1, "comprehensive-strategic-partnership", "comprehensive strategic partnership"},
		{"xi-lopez-obrador-apec-2023", 4, "comprehensive-strategic-partnership", "Comprehensive Strategic Association"},
		{"china-celac-journey-2016", 9, "strategic-partnership", "strategic partnership"},
		{"china-celac-journey-2016", 31, "comprehensive-cooperative-partnership", "comprehensive cooperative partnership"},
	}
	for _, tt := range tests {
		d, _ := c.Document(tt.doc)
		s, ok := d.Sentence(tt.n)
		if !ok {
			t.Fatalf("%s has no sentence %d", tt.doc, tt.n)
		}
		at := strings.Index(s.Text, tt.text)
		want := Mention{Kind: KindRelationship, Entity: tt.id, Sentence: tt.n, Start: at, End: at + len(tt.text), Text: tt.text}
		if at < 0 || !slices.Contains(s.Mentions, want) {
			t.Errorf("%s sentence %d: no relationship %s as %q", tt.doc, tt.n, tt.id, tt.text)
		}
	}
}
