//go:build !wasm

package ui

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"chinalac/app/compare"
)

var (
	profileSection = regexp.MustCompile(`(?s)<section aria-labelledby="profile-(\w+)" class="profile" data-country="(\w+)">(.*?)</section>`)
	matrixCell     = regexp.MustCompile(`<td class="cell shade-\d" data-country="(\w+)">\s*<a aria-label="[^"]*" href="([^"]+)">(\d+)</a>`)
	kwicItem       = regexp.MustCompile(`<li data-doc="([^"]+)" data-sentence="(\d+)">`)
)

// profiles returns the rendered text of each country's column.
func profiles(t *testing.T, page string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, m := range profileSection.FindAllStringSubmatch(page, -1) {
		if m[1] != m[2] {
			t.Errorf("profile %s carries data-country %s", m[1], m[2])
		}
		out[m[2]] = stripTags(m[3])
	}
	return out
}

func TestComparePinsWhatTheTextsSay(t *testing.T) {
	page := mustRender(t, "/compare")
	cols := profiles(t, page)
	if len(cols) != 3 || cols["cl"] == "" || cols["pe"] == "" || cols["mx"] == "" {
		t.Fatalf("the default comparison shows columns %v, want cl, pe, mx", keys(cols))
	}
	for _, tt := range []struct {
		country string
		want    []string
	}{
		{"cl", []string{"Mining, minerals and copper", "Upgrade of the free trade agreement", "Gabriel Boric", "third-largest trading partner"}},
		{"pe", []string{"the first Latin American country to sign free trade agreements with China", "Dina Boluarte", "Infrastructure"}},
		{"mx", []string{"Electric vehicles and automobiles", "Finance, banking and currency", "Security, law enforcement and drug control", "7,000 times"}},
	} {
		for _, w := range tt.want {
			if !strings.Contains(cols[tt.country], w) {
				t.Errorf("the %s column lacks %q", tt.country, w)
			}
		}
	}
	// Evidence sentences stand in the links' titles: look at the markup.
	raw := map[string]string{}
	for _, m := range profileSection.FindAllStringSubmatch(page, -1) {
		raw[m[2]] = m[3]
	}
	if !strings.Contains(raw["pe"], "Chancay") {
		t.Error("Peru's column cites no sentence about Chancay")
	}
	for _, code := range []string{"cl", "mx"} {
		if strings.Contains(raw[code], "Chancay") {
			t.Errorf("Chancay appears under %s", code)
		}
	}
}

func TestCompareEvidenceFollowsTheAttributionRule(t *testing.T) {
	c := realCorpus(t)
	for _, query := range []string{"/compare", "/compare?countries=cl,ar,co", "/compare?countries=mx,cu"} {
		page := mustRender(t, query)
		for _, m := range regexp.MustCompile(`href="/doc/([^"#]+)#s-(\d+)"`).FindAllStringSubmatch(page, -1) {
			if d, ok := c.Document(m[1]); !ok {
				t.Errorf("%s links to an unknown document %s", query, m[1])
			} else if n, _ := strconv.Atoi(m[2]); n < 1 {
				t.Errorf("%s links to sentence %s of %s", query, m[2], d.ID)
			} else if _, ok := d.Sentence(n); !ok {
				t.Errorf("%s links to sentence %d of %s, which has no such sentence", query, n, d.ID)
			}
		}
	}
	// Every sentence a matrix cell lists counts for that cell's country.
	page := mustRender(t, "/compare?theme=infrastructure")
	for _, code := range []string{"cl", "pe", "mx"} {
		attributed := map[string]bool{}
		for _, e := range compare.Attributed(c, code) {
			attributed[e.DocID+"#"+strconv.Itoa(e.Sentence)] = true
		}
		section := regexp.MustCompile(`(?s)<section data-country="` + code + `">(.*?)</section>`).FindStringSubmatch(page)
		if section == nil {
			t.Fatalf("the infrastructure row lists no sentences for %s", code)
		}
		items := kwicItem.FindAllStringSubmatch(section[1], -1)
		if len(items) == 0 {
			t.Errorf("the infrastructure row of %s lists no sentence", code)
		}
		for _, m := range items {
			if !attributed[m[1]+"#"+m[2]] {
				t.Errorf("the %s evidence lists %s#s-%s, which does not count for it", code, m[1], m[2])
			}
		}
	}
}

func TestCompareMatrixCountsEqualTheSentencesListed(t *testing.T) {
	page := mustRender(t, "/compare")
	cells := matrixCell.FindAllStringSubmatch(page, -1)
	if len(cells) < 10 {
		t.Fatalf("found only %d non-empty matrix cells", len(cells))
	}
	for _, m := range cells {
		country, link, want := m[1], strings.ReplaceAll(m[2], "&amp;", "&"), m[3]
		u, err := url.Parse(link)
		if err != nil {
			t.Fatal(err)
		}
		if u.Query().Get("in") != country {
			t.Errorf("the %s cell links to %s", country, link)
		}
		chosen := mustRender(t, u.Path+"?"+u.RawQuery)
		section := regexp.MustCompile(`(?s)<section data-country="` + country + `">(.*?)</section>`).FindStringSubmatch(chosen)
		if section == nil {
			t.Errorf("%s lists no sentences for %s", link, country)
			continue
		}
		if got := strconv.Itoa(len(kwicItem.FindAllString(section[1], -1))); got != want {
			t.Errorf("%s: the cell says %s sentences, the list has %s", link, want, got)
		}
	}
}

func TestCompareSelectionAndNotices(t *testing.T) {
	tests := []struct {
		query   string
		columns []string
		notice  string
	}{
		{"/compare?countries=cl,pe,mx", []string{"cl", "pe", "mx"}, ""},
		{"/compare?countries=AR,cl", []string{"ar", "cl"}, ""},
		{"/compare?countries=cl,zz,pe", []string{"cl", "pe"}, "zz"},
		{"/compare?countries=%3Cb%3E", []string{"cl", "pe", "mx"}, ""},
		{"/compare?countries=" + strings.Repeat("cl,", 500), []string{"cl", "pe", "mx"}, ""},
	}
	for _, tt := range tests {
		page := mustRender(t, tt.query)
		var got []string
		for _, m := range profileSection.FindAllStringSubmatch(page, -1) {
			got = append(got, m[2])
		}
		if strings.Join(got, ",") != strings.Join(tt.columns, ",") {
			t.Errorf("%.60s shows columns %v, want %v", tt.query, got, tt.columns)
		}
		if tt.notice != "" && !strings.Contains(page, tt.notice) {
			t.Errorf("%.60s: no notice naming %q", tt.query, tt.notice)
		}
		if strings.Contains(page, "<b>") {
			t.Errorf("%.60s: the query reached the page unescaped", tt.query)
		}
	}
}

func TestCompareViewRoundTrips(t *testing.T) {
	c := realCorpus(t)
	for _, raw := range []string{"countries=cl,pe,mx", "countries=cl,mx&sort=difference", "countries=ar,cl,pe&in=pe&theme=trade"} {
		q, _ := url.ParseQuery(raw)
		v := parseCompareView(compare.ParseSelection(c, q.Get("countries")), q)
		u, _ := url.Parse(v.path())
		again := parseCompareView(compare.ParseSelection(c, u.Query().Get("countries")), u.Query())
		if again.path() != v.path() {
			t.Errorf("%s: %s then %s", raw, v.path(), again.path())
		}
	}
	if p := (compareView{countries: []string{"cl", "pe"}}).path(); p != "/compare?countries=cl,pe" {
		t.Errorf("path = %s", p)
	}
}

func TestShade(t *testing.T) {
	for _, tt := range []struct{ n, max, want int }{{0, 9, 0}, {1, 9, 1}, {9, 9, 4}, {5, 9, 2}, {8, 9, 3}, {3, 0, 0}, {1, 1, 4}, {4, 4, 4}} {
		if got := shade(tt.n, tt.max); got != tt.want {
			t.Errorf("shade(%d, %d) = %d, want %d", tt.n, tt.max, got, tt.want)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
