package ui

import (
	"net/url"
	"strings"

	"chinalac/app/compare"
	"chinalac/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparePage is /compare?countries=cl,pe,mx: China's relations with two to
// four countries side by side, every claim linked to its sentence. The
// chosen matrix cell (theme, in) and the sort are in the URL too.
type comparePage struct {
	app.Compo
	*site

	view   compareView
	cmp    *compare.Comparison
	broken string // why the comparison's facts could not be read, if so
}

// compareView is what the URL asks the comparison page to show.
type compareView struct {
	countries []string
	sort      compare.Order
	theme     string // the chosen matrix row, or ""
	in        string // the chosen cell's country within the row, or "" for all
}

var sortNames = map[compare.Order]string{
	compare.ByTotal:      "total",
	compare.ByDifference: "difference",
	compare.ByName:       "name",
}

// parseCompareView reads the view from the query; values it does not know
// fall back to the defaults.
func parseCompareView(sel compare.Selection, q url.Values) compareView {
	v := compareView{countries: sel.Countries, theme: q.Get("theme")}
	for order, name := range sortNames {
		if q.Get("sort") == name {
			v.sort = order
		}
	}
	for _, code := range sel.Countries {
		if q.Get("in") == code {
			v.in = code
		}
	}
	return v
}

// path is the address of the view; with changes applied by the caller.
func (v compareView) path() string {
	q := url.Values{}
	q.Set("countries", strings.Join(v.countries, ","))
	if v.sort != compare.ByTotal {
		q.Set("sort", sortNames[v.sort])
	}
	if v.theme != "" {
		q.Set("theme", v.theme)
		if v.in != "" {
			q.Set("in", v.in)
		}
	}
	// Commas stay readable in the address: "countries=cl,pe,mx".
	return "/compare?" + strings.ReplaceAll(q.Encode(), "%2C", ",")
}

func (p *comparePage) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	q := u.Query()
	sel := compare.ParseSelection(p.corpus, q.Get("countries"))
	// The address shows what the page shows; the notices stay, to say why.
	if clean, changed := withSelection(u, sel); changed {
		ctx.Page().ReplaceURL(clean)
	}
	p.view = parseCompareView(sel, q)
	facts, err := p.comparisonFacts()
	if err != nil {
		p.cmp, p.broken = nil, err.Error()
		setPageMeta(ctx, "Compare", "The comparison of this build could not be read.")
		return
	}
	p.cmp = compare.Compare(p.corpus, facts, sel)
	p.cmp.Matrix.Sort(p.view.sort)
	if _, ok := p.row(); !ok {
		p.view.theme, p.view.in = "", ""
	}
	setPageMeta(ctx, "Compare "+p.names(), "China's relations with "+p.names()+", point by point, each claim linked to its sentence.")
}

// withSelection returns u with its countries parameter replaced by sel,
// what was made of it, and whether that changed u. The other parameters
// stay as written (embed=1, a theme of the embedding); an address without
// countries asks for the default, and stays so.
func withSelection(u *url.URL, sel compare.Selection) (*url.URL, bool) {
	var parts []string
	seen := false
	for _, part := range strings.Split(u.RawQuery, "&") {
		key, _, _ := strings.Cut(part, "=")
		if k, err := url.QueryUnescape(key); err != nil || k != "countries" {
			parts = append(parts, part)
		} else if !seen {
			seen = true
			parts = append(parts, "countries="+sel.Query())
		}
	}
	clean := *u
	clean.RawQuery = strings.Join(parts, "&")
	return &clean, seen && clean.RawQuery != u.RawQuery
}

// names lists the selected countries: "Chile, Peru and Mexico".
func (p *comparePage) names() string {
	var names []string
	for _, code := range p.view.countries {
		names = append(names, entityLabel(p.corpus.Lexicon, corpus.KindCountry, code))
	}
	return joinAnd(names)
}

func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// row returns the chosen matrix row.
func (p *comparePage) row() (compare.Row, bool) {
	for _, r := range p.cmp.Matrix.Rows {
		if r.Theme == p.view.theme {
			return r, true
		}
	}
	return compare.Row{}, false
}

func (p *comparePage) Render() app.UI {
	if p.broken != "" {
		return p.frame(sectionCompare, "/compare",
			app.H1().Text("Compare"),
			app.P().Text("This build of the viewer holds facts for the comparison that do not fit its corpus:"),
			app.Pre().Class("error").Text(p.broken),
		)
	}
	if p.cmp == nil {
		// go-app renders once before OnNav has read the URL.
		return p.frame(sectionCompare, "/compare", app.H1().Text("Compare"))
	}
	return p.frame(sectionCompare, "/compare",
		app.H1().Text("China and "+p.names()),
		app.Range(p.cmp.Selection.Notices).Slice(func(i int) app.UI {
			return app.P().Class("notice").Role("status").Text(p.cmp.Selection.Notices[i])
		}),
		p.chooser(),
		app.P().Class("lede").Text("Every claim below links to the sentence it comes from. A sentence counts for a country when it names the country, "+
			"its people, or stands in a document about it that names no other Latin American country."),
		p.profiles(),
		p.matrix(),
		p.evidence(),
		p.timeline(),
		p.exports(),
	)
}

// chooser offers the Latin American countries the corpus mentions: a link
// adds or removes one, within two to four.
func (p *comparePage) chooser() app.UI {
	var choices []corpus.Country
	for _, c := range p.corpus.CountriesMentioned() {
		if c.LatinAmerica {
			choices = append(choices, c)
		}
	}
	selected := map[string]bool{}
	for _, code := range p.view.countries {
		selected[code] = true
	}
	return app.Nav().Class("filters chooser").Aria("label", "Countries to compare").Body(
		app.P().Class("filter-label").Text("Compare two to four countries:"),
		app.Ul().Body(app.Range(choices).Slice(func(i int) app.UI {
			c := choices[i]
			next := p.view
			next.theme, next.in = "", ""
			if selected[c.Code] {
				next.countries = without(p.view.countries, c.Code)
			} else {
				next.countries = append(append([]string(nil), p.view.countries...), c.Code)
			}
			label := c.Name
			if selected[c.Code] {
				label = "✓ " + c.Name
			}
			if len(next.countries) < compare.MinCountries || len(next.countries) > compare.MaxCountries {
				return app.Li().Body(app.Span().Class("chip is-disabled").Aria("disabled", "true").Text(label))
			}
			a := app.A().Class("chip").Href(href(next.path())).DataSet("country", c.Code).Text(label)
			if selected[c.Code] {
				a = a.Aria("current", "true").Title("Remove " + c.Name)
			} else {
				a = a.Title("Add " + c.Name)
			}
			return app.Li().Body(a)
		})),
	)
}

func without(codes []string, code string) []string {
	var out []string
	for _, c := range codes {
		if c != code {
			out = append(out, c)
		}
	}
	return out
}
