package corpus_test

import (
	"reflect"
	"strings"
	"testing"

	"chinalac/app/corpus"
	"chinalac/seeds"
)

func TestSnapshotRoundTrip(t *testing.T) {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	got, err := corpus.FromSnapshot(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Documents, c.Documents) {
		t.Error("the documents differ after a round trip through the snapshot")
	}
	if !reflect.DeepEqual(got.Lexicon.Countries, c.Lexicon.Countries) || !reflect.DeepEqual(got.Lexicon.Themes, c.Lexicon.Themes) {
		t.Error("the lexicon differs after a round trip through the snapshot")
	}
	for _, d := range c.Documents {
		if _, ok := got.Document(d.ID); !ok {
			t.Errorf("Document(%q) not found after the round trip", d.ID)
		}
	}
	for _, country := range c.CountriesMentioned() {
		if name, ok := got.Lexicon.Name(corpus.KindCountry, country.Code); !ok || name != country.Name {
			t.Errorf("Lexicon.Name(country, %q) = %q, %v after the round trip", country.Code, name, ok)
		}
	}
}

func TestFromSnapshotRejectsDamage(t *testing.T) {
	for _, b := range []string{"", "{", "null", "[]", `{"lexicon":null,"documents":[]}`, `{"lexicon":{},"documents":[null]}`,
		`{"lexicon":{},"documents":[{"ID":"a"},{"ID":"a"}]}`} {
		if _, err := corpus.FromSnapshot([]byte(b)); err == nil || !strings.Contains(err.Error(), "snapshot") {
			t.Errorf("FromSnapshot(%q) error = %v, want one about the snapshot", b, err)
		}
	}
}
