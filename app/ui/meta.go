package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// setPageMeta sets the title and description of the page being shown. Pages
// call it in OnNav, which runs both while prerendering and in the browser.
func setPageMeta(ctx app.Context, title, description string) {
	if title == "" {
		ctx.Page().SetTitle(siteName)
	} else {
		ctx.Page().SetTitle("%s · %s", title, siteName)
	}
	ctx.Page().SetDescription("%s", description)
}
