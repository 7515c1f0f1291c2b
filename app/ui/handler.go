//go:build !wasm

package ui

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NewHandler configures go-app to render the site hosted under base ("/" or
// "/prefix/"): every resource self-hosted, the loader restyled so that the
// prerendered text stays readable (web/style.css), and the version given,
// which the build derives from the content. It is server code: the build tag
// keeps it out of app.wasm.
func NewHandler(base, version string, wasmSize int) http.Handler {
	resources := app.LocalDir("")
	if base != "/" {
		resources = app.PrefixedLocation(strings.TrimRight(base, "/"))
	}
	return &app.Handler{
		Name:        siteName,
		ShortName:   "CN–LatAm Press",
		Title:       siteName,
		Description: "Read, search and compare news about China's relations with Latin America.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor:   "#fbfaf7",
		ThemeColor:        "#8c2f1b",
		LoadingLabel:      "Loading interactive features… {progress}%",
		Styles:            []string{"/web/style.css"},
		Resources:         resources,
		Version:           version,
		WasmContentLength: strconv.Itoa(wasmSize),
	}
}
