package compare

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"testing"
	"unicode/utf8"
)

func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !utf8.Valid(data) || !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatalf("not UTF-8 CSV with CRLF line ends: %q", data[max(0, len(data)-20):])
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return records
}

func TestMatrixCSV(t *testing.T) {
	cmp := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	m := cmp.Matrix
	records := readCSV(t, m.CSV())
	header := []string{"theme_id", "theme", "cl", "pe", "mx", "total", "difference", "coverage"}
	if !slices.Equal(records[0], header) {
		t.Fatalf("header %q, want %q", records[0], header)
	}
	if len(records) != len(m.Rows)+1 {
		t.Fatalf("%d records for %d rows", len(records), len(m.Rows))
	}
	for i, r := range m.Rows {
		rec := records[i+1]
		want := []string{r.Theme, r.Name, strconv.Itoa(r.Cells[0].Count), strconv.Itoa(r.Cells[1].Count), strconv.Itoa(r.Cells[2].Count),
			strconv.Itoa(r.Total), strconv.Itoa(r.Difference), string(r.Coverage)}
		if !slices.Equal(rec, want) {
			t.Errorf("record %q, want %q", rec, want)
		}
	}
	// A theme name with a comma is quoted, as RFC 4180 has it.
	if !bytes.Contains(m.CSV(), []byte(`"Infrastructure, transport and ports"`)) {
		t.Error("a name with a comma is not quoted")
	}
}

func TestMatrixJSON(t *testing.T) {
	m := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}}).Matrix
	var got struct {
		Countries []string `json:"countries"`
		Rows      []struct {
			Theme string `json:"theme"`
			Cells []struct {
				Country  string `json:"country"`
				Count    int    `json:"count"`
				Evidence []struct {
					Doc      string `json:"doc"`
					Sentence int    `json:"sentence"`
					Text     string `json:"text"`
					Marks    []Span `json:"marks"`
				} `json:"evidence"`
			} `json:"cells"`
			Coverage string `json:"coverage"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(m.JSON(), &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Countries, m.Countries) || len(got.Rows) != len(m.Rows) {
		t.Fatalf("countries %q, %d rows", got.Countries, len(got.Rows))
	}
	for i, r := range got.Rows {
		if r.Theme != m.Rows[i].Theme || r.Coverage != string(m.Rows[i].Coverage) {
			t.Errorf("row %d: %s %s", i, r.Theme, r.Coverage)
		}
		for _, c := range r.Cells {
			if c.Count != len(c.Evidence) {
				t.Errorf("%s/%s: count %d, %d sentences", r.Theme, c.Country, c.Count, len(c.Evidence))
			}
			for _, e := range c.Evidence {
				if e.Doc == "" || e.Sentence < 1 || e.Text == "" || len(e.Marks) == 0 {
					t.Errorf("%s/%s: evidence %+v", r.Theme, c.Country, e)
				}
			}
		}
	}
}

func TestEvidenceExports(t *testing.T) {
	cmp := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}})
	rows := cmp.EvidenceRows()
	records := readCSV(t, cmp.EvidenceCSV())
	if !slices.Equal(records[0], evidenceHeader) || len(records) != len(rows)+1 {
		t.Fatalf("header %q, %d records for %d rows", records[0], len(records), len(rows))
	}
	var fromJSON []EvidenceRow
	if err := json.Unmarshal(cmp.EvidenceJSON(), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fromJSON, rows) {
		t.Error("the JSON export is not the evidence rows")
	}
	for i, r := range rows {
		want := []string{r.Country, r.Section, r.Item, r.Doc, strconv.Itoa(r.Sentence), r.Link, r.Reason, r.Marked, r.Text}
		if !slices.Equal(records[i+1], want) {
			t.Errorf("record %q, want %q", records[i+1], want)
		}
		if r.Link != "/doc/"+r.Doc+"#s-"+strconv.Itoa(r.Sentence) {
			t.Errorf("link %s", r.Link)
		}
	}
	// Same input, same bytes.
	if again := Compare(realCorpus(t), realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}}); !bytes.Equal(again.EvidenceCSV(), cmp.EvidenceCSV()) {
		t.Error("the evidence CSV differs from one run to the next")
	}
}
