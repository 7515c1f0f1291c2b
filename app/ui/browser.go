package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The few helpers that reach past go-app into the page. They only run in the
// browser, from OnMount and event handlers; while prerendering, go-app's
// JavaScript values are inert.

// focusSearchOnSlash makes "/" typed anywhere but in a field focus the
// search field. It returns the function that stops it.
func focusSearchOnSlash() func() {
	listener := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("key").String() != "/" || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		switch e.Get("target").Get("tagName").String() {
		case "INPUT", "TEXTAREA", "SELECT":
			return nil
		}
		if field := app.Window().GetElementByID("search-input"); field.Truthy() {
			e.Call("preventDefault")
			field.Call("focus")
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", listener)
	return func() {
		app.Window().Call("removeEventListener", "keydown", listener)
		listener.Release()
	}
}

// skipToContent moves the focus to the main landmark, as following the skip
// link does without the app: go-app turns the click into an in-app
// navigation, which scrolls but leaves the focus on the link.
func skipToContent(ctx app.Context, e app.Event) {
	e.PreventDefault()
	e.StopImmediatePropagation()
	if main := app.Window().GetElementByID("main"); main.Truthy() {
		main.Call("focus")
	}
	scrollIntoView("main", "start")
}

// scrollIntoView brings the element with id into view, if it is there,
// aligned as block says ("start", "nearest", …).
func scrollIntoView(id, block string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": block})
	}
}

// download offers data as a file named name, made in the browser, so that it
// works offline.
func download(name, mime string, data []byte) {
	win := app.Window()
	bytes := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(bytes, data)
	blob := win.Get("Blob").New([]any{bytes}, map[string]any{"type": mime + ";charset=utf-8"})
	url := win.Get("URL").Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// The address is freed once the download has started.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 1000)
}
