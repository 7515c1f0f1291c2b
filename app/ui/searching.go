package ui

import (
	"net/url"
	"time"

	"chinalac/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// typingPause is how long the search waits after a keystroke for the next
// one: a fast typist costs one search, not one per letter.
const typingPause = 80 * time.Millisecond

// searcher is the state the search field and its results share, in the
// header's pop-up and on the search page alike: the text typed, the results
// for it, and the result the arrow keys point at.
type searcher struct {
	value   string
	results search.Results
	active  int  // index of the highlighted result, or -1
	typed   int  // keystrokes so far: a pending search runs only if still the last
	open    bool // the header's pop-up is open (the search page's list always is)
}

// afterTyping records a keystroke and calls run once typing pauses.
func (s *searcher) afterTyping(ctx app.Context, value string, run func(app.Context)) {
	s.value = value
	s.typed++
	n := s.typed
	ctx.After(typingPause, func(ctx app.Context) {
		if n == s.typed {
			run(ctx)
		}
	})
}

// search runs q and points at no result.
func (s *searcher) search(ix *search.Index, q search.Query) {
	s.results = ix.Search(q)
	s.active = -1
}

// move points at the next (+1) or previous (-1) result, wrapping to the
// field's own text past either end.
func (s *searcher) move(delta int) {
	n := len(s.results.Hits)
	if n == 0 {
		s.active = -1
		return
	}
	s.active += delta
	switch {
	case s.active < -1:
		s.active = n - 1
	case s.active >= n:
		s.active = -1
	}
}

// clear empties the field and the results.
func (s *searcher) clear() {
	s.value = ""
	s.results = search.Results{}
	s.active = -1
	s.typed++
}

// activeLink is the reader's address of the highlighted result, if any.
func (s *searcher) activeLink() (string, bool) {
	if s.active < 0 || s.active >= len(s.results.Hits) {
		return "", false
	}
	return hitPath(s.results.Hits[s.active]), true
}

// linkQuery is the query for an address: as typed or, if it was too long
// and cut, as searched.
func (s *searcher) linkQuery() string {
	if s.results.CutRunes || s.results.CutWords {
		return s.results.Query
	}
	return s.value
}

// onKey handles the keys of the search field, alike in the header's pop-up
// and on the search page: the arrows move through the listbox listID (and
// open the pop-up), Enter opens the highlighted result in the reader, or
// calls enter if none is, and Escape empties the field, then calls cleared,
// or leaves the field if it was empty. enter and cleared may be nil.
func (s *searcher) onKey(ctx app.Context, e app.Event, listID string, enter, cleared func(app.Context)) {
	key := e.Get("key").String()
	switch key {
	case "ArrowDown", "ArrowUp":
		e.PreventDefault()
		s.open = true
		delta := +1
		if key == "ArrowUp" {
			delta = -1
		}
		s.move(delta)
		scrollIntoView(optionID(listID, s.active), "nearest")
	case "Escape":
		if s.value == "" {
			ctx.JSSrc().Call("blur")
		}
		s.clear()
		s.open = false
		if cleared != nil {
			cleared(ctx)
		}
	case "Enter":
		e.PreventDefault()
		s.open = false
		if link, ok := s.activeLink(); ok {
			ctx.Navigate(href(link))
		} else if enter != nil {
			enter(ctx)
		}
	}
}

// field renders the combobox: the search input whose results are the
// listbox listID. Its ARIA references name only what is there: the
// listbox if shown (listShown), the highlighted result if any.
func (s *searcher) field(listID string, listShown, expanded bool, onInput, onKeyDown app.EventHandler) app.HTMLInput {
	in := app.Input().
		ID("search-input").
		Class("search-input").
		Type("search").
		Name("q").
		Placeholder("Search: Pinera, Chancay port, electric vehicles…").
		AutoComplete(false).
		Attr("autocapitalize", "off").
		Attr("spellcheck", "false").
		Role("combobox").
		Aria("label", "Search the corpus").
		Aria("autocomplete", "list").
		Aria("expanded", expanded).
		Value(s.value).
		OnInput(onInput).
		OnKeyDown(onKeyDown)
	if listShown {
		in = in.Aria("controls", listID)
		if s.active >= 0 && s.active < len(s.results.Hits) {
			in = in.Aria("activedescendant", optionID(listID, s.active))
		}
	}
	return in
}

// searchPath is the address of the search page for a query and filters.
func searchPath(q, country, focus string) string {
	v := url.Values{}
	if q != "" {
		v.Set("q", q)
	}
	if country != "" {
		v.Set("country", country)
	}
	if focus != "" {
		v.Set("focus", focus)
	}
	if len(v) == 0 {
		return "/search"
	}
	return "/search?" + v.Encode()
}

// hitPath opens the reader at a hit's best sentence.
func hitPath(h search.Hit) string {
	if len(h.Snippets) == 0 {
		return docPath(h.DocID, 0)
	}
	return docPath(h.DocID, h.Snippets[0].Sentence)
}
