package compare

import (
	"sort"

	"chinalac/app/corpus"
)

// A Matrix sets the themes (rows) against the selected countries (columns).
type Matrix struct {
	Countries []string `json:"countries"` // column order: the selection's
	Rows      []Row    `json:"rows"`
}

// A Row is one theme across the selected countries. Only themes that at
// least one selected country's sentences mention have a row.
type Row struct {
	Theme string `json:"theme"` // lexicon id
	Name  string `json:"name"`
	Cells []Cell `json:"cells"` // aligned with Matrix.Countries
	Total int    `json:"total"` // sum of the cells' counts
	// Difference is the largest count less the smallest.
	Difference int      `json:"difference"`
	Coverage   Coverage `json:"coverage"`
}

// A Cell is a country's sentences that mention a theme.
type Cell struct {
	Country  string     `json:"country"`
	Count    int        `json:"count"`    // sentences, len(Evidence)
	Evidence []Evidence `json:"evidence"` // in reading order; Marks: the theme's words
}

// Coverage tells how many of the selected countries a theme concerns.
type Coverage string

const (
	Shared  Coverage = "shared"  // all of them
	Unique  Coverage = "unique"  // one
	Partial Coverage = "partial" // more than one, not all
)

// Order is an order of the rows of a Matrix.
type Order int

const (
	ByTotal      Order = iota // most sentences first
	ByDifference              // most uneven across the countries first
	ByName                    // alphabetical
)

// Sort orders the rows; ties go by theme name, so the order is the same
// every time.
func (m *Matrix) Sort(by Order) {
	key := func(r Row) int { return 0 }
	switch by {
	case ByTotal:
		key = func(r Row) int { return r.Total }
	case ByDifference:
		key = func(r Row) int { return r.Difference }
	}
	sort.SliceStable(m.Rows, func(i, j int) bool {
		a, b := m.Rows[i], m.Rows[j]
		if ka, kb := key(a), key(b); ka != kb {
			return ka > kb
		}
		return a.Name < b.Name || a.Name == b.Name && a.Theme < b.Theme
	})
}

// newMatrix sets out, for each theme of the lexicon and each country, the
// country's sentences that mention the theme. of are the facts about the
// countries, aligned with codes. Rows are sorted by total.
func newMatrix(lx *corpus.Lexicon, codes []string, of []CountryFacts) *Matrix {
	m := &Matrix{Countries: codes}
	for _, theme := range lx.Themes {
		row := Row{Theme: theme.ID, Name: theme.Name, Cells: make([]Cell, len(codes))}
		lo, hi, covered := -1, 0, 0
		for i, code := range codes {
			cell := Cell{Country: code}
			for _, it := range of[i].Themes {
				if it.ID == theme.ID {
					cell.Count, cell.Evidence = it.Count, it.Evidence
				}
			}
			row.Cells[i] = cell
			row.Total += cell.Count
			hi = max(hi, cell.Count)
			if lo < 0 || cell.Count < lo {
				lo = cell.Count
			}
			if cell.Count > 0 {
				covered++
			}
		}
		if covered == 0 {
			continue
		}
		row.Difference = hi - lo
		switch covered {
		case len(codes):
			row.Coverage = Shared
		case 1:
			row.Coverage = Unique
		default:
			row.Coverage = Partial
		}
		m.Rows = append(m.Rows, row)
	}
	m.Sort(ByTotal)
	return m
}
