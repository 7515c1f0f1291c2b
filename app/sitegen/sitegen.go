// Package sitegen writes the viewer as a complete static site: every
// prerendered page as <path>/index.html, so that plain file servers resolve
// extensionless addresses; go-app's scripts, worker and manifest; the web
// assets; and app.wasm with brotli and gzip copies beside it.
//
// The output is a function of its inputs: the site version is a hash of the
// WebAssembly binary, the assets, the base path and the rendered pages and
// scripts, so two builds of the same tree are byte for byte identical and
// any change to the output gives a new version.
package sitegen

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Config says what to build and where.
type Config struct {
	Out    string // output directory; emptied first
	Base   string // path the site is hosted under: "/" or "/prefix/"
	Wasm   []byte // the compiled app.wasm
	Assets fs.FS  // static assets, copied under web/
	Pages  []string
	// NewHandler returns the go-app handler that renders the pages and
	// scripts, given the site version and the size of app.wasm.
	NewHandler func(version string, wasmSize int) http.Handler
	// CompressCache, if set, is a directory that keeps the compressed
	// copies of app.wasm between builds.
	CompressCache string
	// NotFound, if set, is the path of the page for unknown addresses,
	// written as 404.html: the file static hosts serve for those.
	NotFound string
}

// appResources are the files go-app's handler serves beside the pages.
var appResources = []string{
	"/app.js",
	"/app-worker.js",
	"/wasm_exec.js",
	"/manifest.webmanifest",
	"/app.css",
}

// Build writes the site described by cfg.
func Build(cfg Config) error {
	if err := prepareOut(cfg.Out); err != nil {
		return err
	}
	// The version names the whole output, which holds the version: render
	// once with a placeholder, hash that, then render with the hash.
	draft, err := render(cfg, draftVersion)
	if err != nil {
		return err
	}
	version, err := Version(cfg.Wasm, cfg.Assets, cfg.Base, draft)
	if err != nil {
		return err
	}
	files, err := render(cfg, version)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := writeFile(filepath.Join(cfg.Out, f.Name), f.Body); err != nil {
			return err
		}
	}
	if err := copyAssets(cfg.Assets, filepath.Join(cfg.Out, "web")); err != nil {
		return err
	}
	return writeWasm(filepath.Join(cfg.Out, "web"), cfg.Wasm, cfg.CompressCache)
}

// draftVersion stands for the version in the render that the version is
// derived from.
const draftVersion = "draft"

// A File is one rendered file of the site: its path relative to the site's
// root, in the form of the host system, and its content.
type File struct {
	Name string
	Body []byte
}

// render renders go-app's resources and every page through the handler of
// the given version.
func render(cfg Config, version string) ([]File, error) {
	h := cfg.NewHandler(version, len(cfg.Wasm))
	var files []File
	add := func(p, name string) error {
		body, err := renderPath(h, cfg.Base, p)
		if err != nil {
			return err
		}
		files = append(files, File{Name: name, Body: body})
		return nil
	}
	for _, p := range appResources {
		if err := add(p, filepath.FromSlash(strings.TrimPrefix(p, "/"))); err != nil {
			return nil, err
		}
	}
	for _, p := range cfg.Pages {
		if err := add(p, PageFile(p)); err != nil {
			return nil, err
		}
	}
	if cfg.NotFound != "" {
		if err := add(cfg.NotFound, NotFoundFile); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// NotFoundFile is the file that holds the page for unknown addresses.
const NotFoundFile = "404.html"

// PageFile is the file, relative to the site's root, that holds the page at
// path: "/" is index.html and "/doc/x" is doc/x/index.html.
func PageFile(p string) string {
	p = strings.Trim(path.Clean("/"+p), "/")
	return filepath.FromSlash(path.Join(p, "index.html"))
}

// Version derives the site version from everything that ends up in the site:
// the WebAssembly binary, the assets, the base and the rendered files.
func Version(wasm []byte, assets fs.FS, base string, rendered []File) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "base %q\nwasm %d\n", base, len(wasm))
	h.Write(wasm)
	var files []string
	err := fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("reading assets: %w", err)
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := fs.ReadFile(assets, f)
		if err != nil {
			return "", fmt.Errorf("reading asset %s: %w", f, err)
		}
		fmt.Fprintf(h, "asset %q %d\n", f, len(b))
		h.Write(b)
	}
	for _, f := range rendered {
		fmt.Fprintf(h, "rendered %q %d\n", filepath.ToSlash(f.Name), len(f.Body))
		h.Write(f.Body)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// prepareOut empties the output directory so no stale file survives, after
// making sure it is not a directory that holds anything else.
func prepareOut(out string) error {
	clean := filepath.Clean(out)
	if out == "" || clean == "." || clean == string(filepath.Separator) || strings.HasPrefix(clean, "..") {
		return fmt.Errorf("refusing to write the site to %q: name a directory of its own, such as dist", out)
	}
	if _, err := os.Stat(filepath.Join(clean, "go.mod")); err == nil {
		return fmt.Errorf("refusing to write the site to %q: it holds a go.mod", out)
	}
	if err := os.RemoveAll(clean); err != nil {
		return err
	}
	return os.MkdirAll(clean, 0o755)
}

// renderPath renders path p through h, for a site under base.
func renderPath(h http.Handler, base, p string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: status %d", p, rec.Code)
	}
	body := rec.Body.Bytes()
	if len(body) == 0 {
		return nil, fmt.Errorf("rendering %s: empty answer", p)
	}
	ctype := rec.Header().Get("Content-Type")
	if strings.HasPrefix(ctype, "text/html") {
		var err error
		if body, err = CanonicalHTML(body); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", p, err)
		}
	}
	if strings.HasPrefix(ctype, "text/html") || strings.HasPrefix(ctype, "application/manifest+json") {
		body = rootLinks(body, base)
	}
	if strings.HasPrefix(ctype, "application/manifest+json") {
		body = manifestScope(body, base)
	}
	return body, nil
}

// rootLinks writes the address of the root of a site under a prefix as
// "/prefix/" where go-app writes "/prefix" (links to the home page, the
// manifest's start_url): static hosts answer "/prefix" with a redirect, and
// it lies outside the service worker's scope ("/prefix/"), so that offline
// nothing could answer it.
func rootLinks(body []byte, base string) []byte {
	if base == "/" {
		return body
	}
	root := `"` + strings.TrimSuffix(base, "/") + `"`
	return bytes.ReplaceAll(body, []byte(root), []byte(`"`+base+`"`))
}

// manifestScope sets the scope of the web app manifest to base: go-app
// writes "/" whatever the prefix, which would claim the whole host for an
// installed app that lives under "/prefix/".
func manifestScope(body []byte, base string) []byte {
	return bytes.Replace(body, []byte(`"scope":"/"`), []byte(`"scope":`+strconv.Quote(base)), 1)
}

func writeFile(file string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

func copyAssets(assets fs.FS, dir string) error {
	return fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if p == "app.wasm" || strings.HasPrefix(p, "app.wasm.") {
			return errors.New("web/ must not hold app.wasm: the build writes it")
		}
		b, err := fs.ReadFile(assets, p)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(dir, filepath.FromSlash(p)), b)
	})
}
