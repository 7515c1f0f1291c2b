package ui

import (
	"strconv"
	"strings"

	"chinalac/app/compare"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// profileRows are the rows every country's column has, in order, so that
// the columns line up row by row.
var profileRows = []struct {
	id, title string
	render    func(p *comparePage, pr compare.Profile) app.UI
}{
	{"documents", "Documents", (*comparePage).documentsRow},
	{"people", "Who speaks", (*comparePage).peopleRow},
	{"relationship", "How the relation is described", (*comparePage).relationshipRow},
	{"milestones", "Milestones and anniversaries", (*comparePage).milestonesRow},
	{"agreements", "Agreements and frameworks", (*comparePage).agreementsRow},
	{"themes", "Cooperation themes", (*comparePage).themesRow},
	{"figures", "Figures", (*comparePage).figuresRow},
	{"terms", "Distinctive terms", (*comparePage).termsRow},
	{"quotes", "Key quotes", (*comparePage).quotesRow},
}

func (p *comparePage) profiles() app.UI {
	profiles := p.cmp.Profiles
	return app.Section().Class("compare-section").Aria("labelledby", "profiles-title").Body(
		app.H2().ID("profiles-title").Text("Point by point"),
		// Where the columns stack, a way to each of them.
		app.Nav().Class("profile-jump").Aria("label", "Go to a country's column").Body(app.Ul().Body(
			app.Range(profiles).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Class("chip").Href(href(p.view.path() + "#profile-" + profiles[i].Country)).Text(profiles[i].Name))
			}),
		)),
		app.Div().Class("profiles cols-"+strconv.Itoa(len(profiles))).Body(
			app.Range(profiles).Slice(func(i int) app.UI {
				return p.profile(profiles[i])
			}),
		),
	)
}

func (p *comparePage) profile(pr compare.Profile) app.UI {
	return app.Section().Class("profile").DataSet("country", pr.Country).Aria("labelledby", "profile-"+pr.Country).Body(
		app.Header().Class("profile-head").Body(
			app.H3().ID("profile-"+pr.Country).Text(pr.Name),
			app.P().Text(plural(pr.Sentences, "sentence")+" in "+plural(pr.Documents.Count, "document")),
		),
		app.Range(profileRows).Slice(func(i int) app.UI {
			row := profileRows[i]
			return app.Div().Class("profile-row row-"+row.id).Body(
				app.H4().Text(row.title),
				row.render(p, pr),
			)
		}),
	)
}

func (p *comparePage) documentsRow(pr compare.Profile) app.UI {
	d := pr.Documents
	if d.Count == 0 {
		return none()
	}
	span := d.First
	if d.Last != d.First {
		span += " to " + d.Last
	}
	return app.Div().Body(
		app.P().Class("row-summary").Text(plural(d.Count, "document")+", "+span),
		app.Ul().Class("claims").Body(app.Range(d.List).Slice(func(i int) app.UI {
			doc := d.List[i]
			return app.Li().Body(
				app.A().Href(href(docPath(doc.ID, 0))).Text(doc.Title),
				app.Span().Class("claim-meta").Text(" "+doc.Date+aboutNote(doc.About)+" · "+plural(doc.Sentences, "sentence")),
			)
		})),
	)
}

func aboutNote(about bool) string {
	if about {
		return " · mainly about it"
	}
	return ""
}

func (p *comparePage) peopleRow(pr compare.Profile) app.UI {
	if len(pr.People.Own) == 0 && len(pr.People.China) == 0 {
		return none()
	}
	return app.Div().Body(
		app.If(len(pr.People.Own) > 0, func() app.UI {
			return app.Div().Body(app.P().Class("side").Text("For "+pr.Name+":"), p.items(pr.People.Own))
		}),
		app.If(len(pr.People.China) > 0, func() app.UI {
			return app.Div().Body(app.P().Class("side").Text("For China:"), p.items(pr.People.China))
		}),
	)
}

func (p *comparePage) relationshipRow(pr compare.Profile) app.UI { return p.items(pr.Relationship) }
func (p *comparePage) agreementsRow(pr compare.Profile) app.UI   { return p.items(pr.Agreements) }

func (p *comparePage) themesRow(pr compare.Profile) app.UI {
	if len(pr.Themes) == 0 {
		return none()
	}
	return app.Ul().Class("claims").Body(app.Range(pr.Themes).Slice(func(i int) app.UI {
		t := pr.Themes[i]
		cell := p.view
		cell.theme, cell.in = t.ID, pr.Country
		return app.Li().Body(
			app.A().Href(href(cell.path()+"#theme-evidence")).Text(t.Name),
			app.Span().Class("claim-meta").Text(" "+plural(t.Count, "sentence")),
		)
	}))
}

func (p *comparePage) milestonesRow(pr compare.Profile) app.UI {
	if len(pr.Milestones) == 0 {
		return none()
	}
	return app.Ul().Class("claims").Body(app.Range(pr.Milestones).Slice(func(i int) app.UI {
		m := pr.Milestones[i]
		return app.Li().Body(app.Text(m.Label()+" "), p.sources(m.Evidence))
	}))
}

func (p *comparePage) figuresRow(pr compare.Profile) app.UI {
	if len(pr.Figures) == 0 {
		return none()
	}
	return app.Ul().Class("claims").Body(app.Range(pr.Figures).Slice(func(i int) app.UI {
		f := pr.Figures[i]
		return app.Li().Body(
			app.Q().Text(f.Text),
			app.Span().Class("claim-meta").Text(" "+f.Kind+" "),
			p.sources([]compare.Evidence{f.Evidence}),
		)
	}))
}

func (p *comparePage) termsRow(pr compare.Profile) app.UI {
	if len(pr.Terms) == 0 {
		return none()
	}
	return app.Ul().Class("terms").Body(app.Range(pr.Terms).Slice(func(i int) app.UI {
		t := pr.Terms[i]
		return app.Li().Title("Log-likelihood keyness G² = "+strconv.FormatFloat(t.G2, 'f', 2, 64)).Body(
			app.Span().Class("term").Text(t.Term),
			app.Span().Class("claim-meta").Text(" "+strconv.Itoa(t.Count)+" here, "+strconv.Itoa(t.Reference)+" elsewhere "),
			p.sources(t.Evidence),
		)
	}))
}

func (p *comparePage) quotesRow(pr compare.Profile) app.UI {
	if len(pr.Quotes) == 0 {
		return none()
	}
	return app.Div().Body(app.Range(pr.Quotes).Slice(func(i int) app.UI {
		q := pr.Quotes[i]
		return app.Figure().Class("quote").Body(
			app.Blockquote().Body(app.P().Text(q.Text)),
			app.FigCaption().Body(
				app.If(q.Speaker != "", func() app.UI { return app.Text(q.Speaker + ", ") }),
				p.docLabel(q.Evidence),
			),
		)
	}))
}

// docLabel names the document and sentence of a piece of evidence, linked.
func (p *comparePage) docLabel(e compare.Evidence) app.UI {
	title := e.DocID
	if d, ok := p.corpus.Document(e.DocID); ok {
		title = d.Title
	}
	return app.A().Href(href(e.Link())).Text(title + ", sentence " + strconv.Itoa(e.Sentence))
}

// items lists lexicon items with their counts and sources.
func (p *comparePage) items(list []compare.Item) app.UI {
	if len(list) == 0 {
		return none()
	}
	return app.Ul().Class("claims").Body(app.Range(list).Slice(func(i int) app.UI {
		it := list[i]
		return app.Li().Body(
			app.Span().Class("claim").Text(it.Name),
			app.If(it.Detail != "", func() app.UI { return app.Span().Class("claim-meta").Text(" (" + it.Detail + ")") }),
			app.Text(" "),
			p.sources(it.Evidence),
		)
	}))
}

// maxSources is how many sentence links a claim shows at once; the others
// are one click away, behind "N more" (never "1 more": one more link takes
// no more room than that).
const maxSources = 3

// sources links a claim to the sentences that support it, each named by
// its document's date and its number (and, in print, the start of its
// title).
func (p *comparePage) sources(ev []compare.Evidence) app.UI {
	shown, rest := ev, []compare.Evidence(nil)
	if len(ev) > maxSources+1 {
		shown, rest = ev[:maxSources], ev[maxSources:]
	}
	return app.Div().Class("sources").Body(
		app.Range(shown).Slice(func(i int) app.UI { return p.source(shown[i]) }),
		app.If(len(rest) > 0, func() app.UI {
			// <details> opens without scripts, in both renders. app.Elem,
			// not app.Details and app.Summary: each element type of go-app
			// costs about 5 KB of the WebAssembly's brotli budget.
			return app.Elem("details").Class("more-sources").Body(
				app.Elem("summary").Text(strconv.Itoa(len(rest))+" more"),
				app.Range(rest).Slice(func(i int) app.UI { return p.source(rest[i]) }),
			)
		}),
	)
}

func (p *comparePage) source(e compare.Evidence) app.UI {
	title, date := e.DocID, ""
	if d, ok := p.corpus.Document(e.DocID); ok {
		title, date = d.Title, d.Date.String()
	}
	// The space is explicit, as the prerender's whitespace would be.
	return app.Span().Body(
		app.A().Class("source").Href(href(e.Link())).
			Title(title+" ("+e.Reason+"): "+e.Text).
			// The name starts with the text shown (WCAG 2.5.3).
			Aria("label", date+" §"+strconv.Itoa(e.Sentence)+": sentence "+strconv.Itoa(e.Sentence)+" of “"+title+"” ("+e.Reason+")").
			DataSet("title", shortTitle(title)).
			Text(date+" §"+strconv.Itoa(e.Sentence)),
		app.Text(" "),
	)
}

// shortTitleWords is how much of a title names a source in print.
const shortTitleWords = 4

// shortTitle returns the first words of a title: "China pledges more
// trade…".
func shortTitle(title string) string {
	words := strings.Fields(title)
	if len(words) <= shortTitleWords {
		return title
	}
	return strings.Join(words[:shortTitleWords], " ") + "…"
}

func none() app.UI { return app.P().Class("none").Text("Nothing in the texts.") }
