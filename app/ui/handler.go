//go:build !wasm

package ui

import (
	_ "embed"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NewHandler configures go-app to render the site hosted under base ("/" or
// "/prefix/"): every resource self-hosted, the loader restyled so that the
// prerendered text stays readable (web/style.css), and the version given,
// which the build derives from the content. It is server code: the build tag
// keeps it out of app.wasm.
//
// pages are the prerendered pages ("/", "/docs", …): the service worker
// (app-worker.js) precaches them so that every page loads offline.
func NewHandler(base, version string, wasmSize int, pages []string) http.Handler {
	resources := app.LocalDir("")
	if base != "/" {
		resources = app.PrefixedLocation(strings.TrimRight(base, "/"))
	}
	return withoutWasmCheck(&app.Handler{
		Name:        siteName,
		ShortName:   "CN–LatAm Press",
		Title:       siteName,
		Description: "Read, search and compare news about China's relations with Latin America.",
		Author:      siteName + " contributors",
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

		// Offline (app-worker.js, web/offline.js). The worker also precaches
		// the other icons, the styles and the scripts.
		ServiceWorkerTemplate: strings.ReplaceAll(appWorkerJS, "{{.Pages}}", workerPages(base, pages)),
		CacheableResources:    []string{"/web/icon.svg"},
		// web/support.js and web/embed.js run before the body is painted (no
		// defer): they set attributes on <html> that the styles read (can
		// this browser run the app; ?embed=1 and ?theme=). web/crash.js
		// comes after go-app's wasm_exec.js, whose Go class it watches.
		Scripts: []string{"/web/support.js", "/web/embed.js", "/web/offline.js defer", "/web/crash.js defer"},
	})
}

// goappWasmCheck is where go-app's app.js decides whether to load the
// WebAssembly. It asks only whether the visitor is a robot, so that in a
// browser without WebAssembly it throws a ReferenceError on the page.
const goappWasmCheck = "function goappCanLoadWebAssembly() {\n"

// withoutWasmCheck serves h with app.js asking first whether the browser has
// WebAssembly at all: without it, the prerendered page stays as it is (with
// the note of web/support.js) and nothing fails. If go-app's app.js no
// longer has the function, /app.js fails and so does the build.
func withoutWasmCheck(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/app.js" {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		js := rec.Body.String()
		if !strings.Contains(js, goappWasmCheck) {
			http.Error(w, "app.js: go-app's "+strings.TrimSpace(goappWasmCheck)+" is gone: see app/ui/handler.go", http.StatusInternalServerError)
			return
		}
		js = strings.Replace(js, goappWasmCheck, goappWasmCheck+"  if (typeof WebAssembly !== \"object\") {\n    return false;\n  }\n", 1)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(rec.Code)
		io.WriteString(w, js)
	})
}

// appWorkerJS is the service worker template: go-app fills in
// {{.Version}} and {{.ResourcesToCache}}, NewHandler {{.Pages}}.
//
//go:embed app-worker.js
var appWorkerJS string

// workerPages lists pages, as a JSON array, by the URL a static host serves
// them at without a redirect: under base and in directory form ("/docs/",
// "/prefix/doc/x/").
func workerPages(base string, pages []string) string {
	urls := make([]string, 0, len(pages))
	for _, p := range pages {
		p = strings.Trim(p, "/")
		if p != "" {
			p += "/"
		}
		urls = append(urls, base+p)
	}
	b, err := json.Marshal(urls)
	if err != nil {
		panic(err)
	}
	return string(b)
}
