package compare

import (
	"slices"
	"strings"
	"testing"

	"chinalac/app/corpus"
)

// TestMatrixCells checks every cell against the corpus: its count is the
// number of sentences it lists, and each one counts for its column by the
// rule and mentions the row's theme where it marks it.
func TestMatrixCells(t *testing.T) {
	c := realCorpus(t)
	for _, raw := range []string{"cl,pe,mx", "mx,cl", "cl,pe,mx,co", "ar,cu"} {
		m := Compare(c, realFacts(t), ParseSelection(c, raw)).Matrix
		for _, row := range m.Rows {
			theme, _ := c.Lexicon.Theme(row.Theme)
			total, lo, hi, covered := 0, -1, 0, 0
			for i, cell := range row.Cells {
				if cell.Country != m.Countries[i] {
					t.Errorf("%s: cell %d is %s, column %s", row.Theme, i, cell.Country, m.Countries[i])
				}
				if cell.Count != len(cell.Evidence) {
					t.Errorf("%s/%s: count %d, %d sentences", row.Theme, cell.Country, cell.Count, len(cell.Evidence))
				}
				for _, ev := range cell.Evidence {
					d, s := sentence(t, c, ev.DocID, ev.Sentence)
					if !countsFor(c.Lexicon, d, s, cell.Country) {
						t.Errorf("%s/%s: %s#%d does not count for the country", row.Theme, cell.Country, ev.DocID, ev.Sentence)
					}
					if len(ev.Marks) == 0 {
						t.Errorf("%s/%s: %s#%d marks nothing", row.Theme, cell.Country, ev.DocID, ev.Sentence)
					}
					for _, w := range marks(ev) {
						if !slices.ContainsFunc(s.Mentions, func(m corpus.Mention) bool {
							return m.Kind == corpus.KindTheme && m.Entity == theme.ID && m.Text == w
						}) {
							t.Errorf("%s/%s: %s#%d marks %q, not the theme", row.Theme, cell.Country, ev.DocID, ev.Sentence, w)
						}
					}
				}
				total += cell.Count
				hi = max(hi, cell.Count)
				if lo < 0 || cell.Count < lo {
					lo = cell.Count
				}
				if cell.Count > 0 {
					covered++
				}
			}
			want := map[bool]Coverage{true: Shared, false: Partial}[covered == len(m.Countries)]
			if covered == 1 {
				want = Unique
			}
			if row.Total != total || row.Difference != hi-lo || row.Coverage != want || covered == 0 {
				t.Errorf("%s: total %d, difference %d, %s; want %d, %d, %s", row.Theme, row.Total, row.Difference, row.Coverage, total, hi-lo, want)
			}
		}
	}
}

// TestMatrixCellsAreComplete checks that no attributed sentence that
// mentions a theme is missing from its cell.
func TestMatrixCellsAreComplete(t *testing.T) {
	c := realCorpus(t)
	m := Compare(c, realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}}).Matrix
	for i, code := range m.Countries {
		want := make(map[string]int)
		for _, d := range c.Documents {
			for _, p := range d.Paragraphs {
				for j := range p.Sentences {
					s := &p.Sentences[j]
					if !countsFor(c.Lexicon, d, s, code) {
						continue
					}
					seen := make(map[string]bool)
					for _, m := range s.Mentions {
						if m.Kind == corpus.KindTheme && !seen[m.Entity] {
							seen[m.Entity] = true
							want[m.Entity]++
						}
					}
				}
			}
		}
		for _, row := range m.Rows {
			if got := row.Cells[i].Count; got != want[row.Theme] {
				t.Errorf("%s/%s: %d sentences, want %d", row.Theme, code, got, want[row.Theme])
			}
			delete(want, row.Theme)
		}
		for theme, n := range want {
			if n > 0 {
				t.Errorf("%s: no row for %s (%d sentences)", code, theme, n)
			}
		}
	}
}

func TestMatrixSort(t *testing.T) {
	row := func(theme string, counts ...int) Row {
		r := Row{Theme: theme, Name: strings.ToUpper(theme[:1]) + theme[1:]}
		lo, hi := counts[0], counts[0]
		for _, n := range counts {
			r.Cells = append(r.Cells, Cell{Count: n})
			r.Total += n
			lo, hi = min(lo, n), max(hi, n)
		}
		r.Difference = hi - lo
		return r
	}
	m := &Matrix{Rows: []Row{
		row("trade", 9, 1, 1),    // total 11, difference 8
		row("energy", 1, 1, 1),   // 3, 0
		row("vehicles", 0, 0, 3), // 3, 3
		row("mining", 2, 1, 0),   // 3, 2
		row("security", 0, 0, 3), // 3, 3
	}}
	order := func() string {
		var ids []string
		for _, r := range m.Rows {
			ids = append(ids, r.Theme)
		}
		return strings.Join(ids, " ")
	}
	tests := []struct {
		by   Order
		want string
	}{
		{ByTotal, "trade energy mining security vehicles"},
		{ByDifference, "trade security vehicles mining energy"},
		{ByName, "energy mining security trade vehicles"},
		{ByTotal, "trade energy mining security vehicles"}, // from another order, the same result
	}
	for _, tt := range tests {
		m.Sort(tt.by)
		if got := order(); got != tt.want {
			t.Errorf("Sort(%d) = %s, want %s", tt.by, got, tt.want)
		}
	}
}

// TestSeedMatrix pins what the texts say about themes.
func TestSeedMatrix(t *testing.T) {
	c := realCorpus(t)
	m := Compare(c, realFacts(t), Selection{Countries: []string{"cl", "pe", "mx"}}).Matrix
	coverage := make(map[string]Coverage)
	for _, r := range m.Rows {
		coverage[r.Theme] = r.Coverage
	}
	want := map[string]Coverage{
		"trade": Shared, "infrastructure": Shared, "mining": Partial,
		"vehicles": Unique, "security": Unique, "agriculture": Unique, "one-china": Unique,
	}
	for theme, cov := range want {
		if coverage[theme] != cov {
			t.Errorf("%s: %q, want %q", theme, coverage[theme], cov)
		}
	}
}
