package compare

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestFactsRoundTrip checks that the facts app.wasm decodes are those the
// build extracted, so that the browser's comparisons are the build's.
func TestFactsRoundTrip(t *testing.T) {
	c := realCorpus(t)
	want := FactsOf(c)
	b, err := want.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeFacts(c, b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		for code := range want {
			if !reflect.DeepEqual(got[code], want[code]) {
				t.Errorf("the facts about %s differ once decoded:\n%+v\nwant\n%+v", code, got[code], want[code])
			}
		}
		t.Fatal("the decoded facts are not those encoded")
	}
	sel := ParseSelection(c, "")
	if a, b := Compare(c, got, sel).EvidenceCSV(), Compare(c, want, sel).EvidenceCSV(); !bytes.Equal(a, b) {
		t.Error("the decoded facts give another comparison")
	}
}

func TestFactsCoverTheSelectableCountries(t *testing.T) {
	c := realCorpus(t)
	facts := realFacts(t)
	codes := selectable(c)
	if len(facts) != len(codes) || len(codes) < MinCountries {
		t.Fatalf("facts about %d countries, want %d (%v)", len(facts), len(codes), codes)
	}
	for _, code := range codes {
		if len(facts[code].Sentences) == 0 {
			t.Errorf("no sentence counts for %s, which the corpus mentions", code)
		}
	}
}

// TestDecodeFactsRefusesDamage gives DecodeFacts files that do not fit the
// corpus: each must give an error that says what is wrong.
func TestDecodeFactsRefusesDamage(t *testing.T) {
	c := realCorpus(t)
	good, err := realFacts(t).Encode()
	if err != nil {
		t.Fatal(err)
	}
	// edit decodes the good file, changes the facts about Chile and
	// encodes them again.
	edit := func(change func(*CountryFacts)) []byte {
		var f Facts
		if err := json.Unmarshal(good, &f); err != nil {
			t.Fatal(err)
		}
		cl := f["cl"]
		change(&cl)
		f["cl"] = cl
		b, _ := json.Marshal(f)
		return b
	}
	for _, tc := range []struct {
		name string
		file []byte
		want string // in the error
	}{
		{"empty", nil, "reading the comparison's facts"},
		{"truncated", good[:len(good)/2], "reading the comparison's facts"},
		{"not facts", []byte(`["cl"]`), "reading the comparison's facts"},
		{"a country missing", bytes.Replace(good, []byte(`"cl":`), []byte(`"xx":`), 1), `lack the country "cl"`},
		{"an unknown document", edit(func(cf *CountryFacts) { cf.Documents.List[0].ID = "no-such-doc" }), `no document "no-such-doc"`},
		{"an unknown sentence", edit(func(cf *CountryFacts) { cf.Sentences[0].Sentence = 9999 }), "#9999 as the facts quote it"},
		{"another text", edit(func(cf *CountryFacts) { cf.Quotes[0].Evidence.Text += "!" }), "as the facts quote it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := DecodeFacts(c, tc.file)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one with %q", err, tc.want)
			}
			if f != nil {
				t.Errorf("facts %v with the error", f)
			}
		})
	}
}
