// Package staticserver serves a built site from a directory, as a plain static
// host would, with what go-app's WebAssembly needs: the application/wasm type,
// and the precompressed app.wasm.br or app.wasm.gz when the browser accepts it.
//
// A path names a file, or a directory whose index.html is served; anything
// else gets the site's 404.html, if it has one, with status 404. Every answer
// carries ContentSecurityPolicy.
package staticserver

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ContentSecurityPolicy is the policy sent with every response. The site needs
// nothing looser: every script, style sheet, image, the manifest and the
// service worker come from the site's own origin, with no inline script and no
// inline style attribute; 'wasm-unsafe-eval' lets the page compile app.wasm
// (and nothing else: eval and new Function stay forbidden); data: images are
// allowed for icons a style sheet may inline; connect-src 'self' covers the
// fetch of app.wasm and the worker's caching. There is deliberately no
// frame-ancestors directive: the pages are made to be embedded in any site
// (see ?embed=1 in the README).
const ContentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data:; " +
	"connect-src 'self'; " +
	"worker-src 'self'; " +
	"manifest-src 'self'; " +
	"base-uri 'self'; " +
	"form-action 'self'; " +
	"object-src 'none'"

// types adds the types a site needs that the system's table may lack.
var types = map[string]string{
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".svg":         "image/svg+xml",
	".json":        "application/json",
}

// encodings are the precompressed variants tried, best first.
var encodings = []struct{ token, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// Handler serves the site in dir.
func Handler(dir string) http.Handler {
	return &server{root: dir}
}

type server struct {
	root string
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", ContentSecurityPolicy)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	urlPath := path.Clean("/" + r.URL.Path)
	file := filepath.Join(s.root, filepath.FromSlash(urlPath))
	if info, err := os.Stat(file); err == nil && info.IsDir() {
		file = filepath.Join(file, "index.html")
	}
	if _, err := os.Stat(file); err != nil {
		s.notFound(w, r)
		return
	}
	header := w.Header()
	header.Set("Content-Type", contentType(file))
	if strings.HasSuffix(file, ".html") || path.Base(urlPath) == "app-worker.js" {
		// Pages and the worker must be revalidated, or a deploy goes unseen.
		header.Set("Cache-Control", "no-cache")
	}
	header.Add("Vary", "Accept-Encoding")
	for _, e := range encodings {
		if accepts(r, e.token) {
			if _, err := os.Stat(file + e.ext); err == nil {
				header.Set("Content-Encoding", e.token)
				file += e.ext
				break
			}
		}
	}
	http.ServeFile(w, r, file)
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	page, err := os.ReadFile(filepath.Join(s.root, "404.html"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", types[".html"])
	w.WriteHeader(http.StatusNotFound)
	w.Write(page)
}

func contentType(file string) string {
	ext := filepath.Ext(file)
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// accepts reports whether the request's Accept-Encoding allows token.
func accepts(r *http.Request, token string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(name) != token {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
