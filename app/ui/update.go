package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// updateStatus says, once a new version of the site has taken over (go-app
// calls OnAppUpdate when a new service worker activates), that it is ready,
// with a button to reload; otherwise it is an empty status region.
type updateStatus struct {
	app.Compo
	ready bool
}

func (u *updateStatus) OnMount(ctx app.Context)     { u.ready = ctx.AppUpdateAvailable() }
func (u *updateStatus) OnAppUpdate(ctx app.Context) { u.ready = ctx.AppUpdateAvailable() }

func (u *updateStatus) Render() app.UI {
	status := app.Div().Class("update-status").Role("status")
	if !u.ready {
		return status
	}
	return status.Body(
		app.Text("A new version of the viewer is ready. "),
		app.Button().Type("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}
