package sitegen

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
)

// echoHandler answers every path with a page naming it and the version, and
// refuses the path "/missing".
func echoHandler(version string, wasmSize int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "page "+r.URL.Path+" version "+version)
	})
}

func testConfig(out string) Config {
	return Config{
		Out:        out,
		Base:       "/",
		Wasm:       bytes.Repeat([]byte("wasm binary "), 1000),
		Assets:     fstest.MapFS{"style.css": {Data: []byte("body{}")}, "img/icon.svg": {Data: []byte("<svg/>")}},
		Pages:      []string{"/", "/docs", "/doc/a-b"},
		NewHandler: echoHandler,
	}
}

func TestBuildWritesTheSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	cfg := testConfig(out)
	if err := Build(cfg); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"index.html":           "page / ",
		"docs/index.html":      "page /docs ",
		"doc/a-b/index.html":   "page /doc/a-b ",
		"app.js":               "page /app.js ",
		"app-worker.js":        "page /app-worker.js ",
		"wasm_exec.js":         "page /wasm_exec.js ",
		"manifest.webmanifest": "page /manifest.webmanifest ",
		"app.css":              "page /app.css ",
		"web/style.css":        "body{}",
		"web/img/icon.svg":     "<svg/>",
	} {
		b, err := os.ReadFile(filepath.Join(out, file))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if !strings.HasPrefix(string(b), want) {
			t.Errorf("%s = %q, want it to start with %q", file, b, want)
		}
	}
	wasm, _ := os.ReadFile(filepath.Join(out, "web/app.wasm"))
	if !bytes.Equal(wasm, cfg.Wasm) {
		t.Error("web/app.wasm differs from the input")
	}
	br, _ := os.ReadFile(filepath.Join(out, "web/app.wasm.br"))
	if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, cfg.Wasm) {
		t.Errorf("app.wasm.br does not decompress to app.wasm (err %v)", err)
	}
	gz, _ := os.ReadFile(filepath.Join(out, "web/app.wasm.gz"))
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, cfg.Wasm) {
		t.Errorf("app.wasm.gz does not decompress to app.wasm (err %v)", err)
	}
}

// A second build with the same binary takes the compressed copies from the
// cache; a cache entry that does not decompress to the binary is replaced.
func TestBuildCompressCache(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "cache")
	cfg := testConfig(filepath.Join(t.TempDir(), "dist"))
	cfg.CompressCache = cache
	if err := Build(cfg); err != nil {
		t.Fatal(err)
	}
	entries, _ := filepath.Glob(filepath.Join(cache, "*"))
	if len(entries) != 2 {
		t.Fatalf("the cache holds %v, want a .br and a .gz", entries)
	}
	want, _ := os.ReadFile(filepath.Join(cfg.Out, "web/app.wasm.br"))
	for _, e := range entries {
		os.WriteFile(e, []byte("tampered"), 0o644)
	}
	if err := Build(cfg); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(cfg.Out, "web/app.wasm.br"))
	if !bytes.Equal(got, want) {
		t.Error("a tampered cache entry went into the site")
	}
	if b, _ := os.ReadFile(entries[0]); string(b) == "tampered" {
		t.Error("the tampered cache entry was not replaced")
	}
}

func TestBuildRemovesStaleFiles(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	stale := filepath.Join(out, "doc", "gone", "index.html")
	os.MkdirAll(filepath.Dir(stale), 0o755)
	os.WriteFile(stale, []byte("old"), 0o644)
	if err := Build(testConfig(out)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale page survived the build: %v", err)
	}
}

func TestBuildFails(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"page the handler refuses", func(c *Config) { c.Pages = append(c.Pages, "/missing") }, "/missing: status 404"},
		{"no output directory", func(c *Config) { c.Out = "" }, "refusing"},
		{"current directory", func(c *Config) { c.Out = "." }, "refusing"},
		{"root", func(c *Config) { c.Out = "/" }, "refusing"},
		{"app.wasm among the assets", func(c *Config) {
			c.Assets = fstest.MapFS{"app.wasm": {Data: []byte("old")}}
		}, "must not hold app.wasm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(filepath.Join(t.TempDir(), "dist"))
			tt.change(&cfg)
			err := Build(cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestBuildRefusesADirectoryWithGoMod(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module x\n"), 0o644)
	cfg := testConfig(dir)
	if err := Build(cfg); err == nil || !strings.Contains(err.Error(), "go.mod") {
		t.Errorf("Build error = %v, want a refusal naming go.mod", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Error("the directory was emptied anyway")
	}
}

func TestVersion(t *testing.T) {
	assets := fstest.MapFS{"a.css": {Data: []byte("a")}}
	page := []File{{Name: "index.html", Body: []byte("<p>a")}}
	v1, err := Version([]byte("wasm"), assets, "/", page)
	if err != nil {
		t.Fatal(err)
	}
	if v2, _ := Version([]byte("wasm"), fstest.MapFS{"a.css": {Data: []byte("a")}}, "/", []File{{Name: "index.html", Body: []byte("<p>a")}}); v2 != v1 {
		t.Errorf("same inputs gave %s and %s", v1, v2)
	}
	type inputs struct {
		wasm     string
		assets   fstest.MapFS
		base     string
		rendered []File
	}
	for name, in := range map[string]inputs{
		"wasm":          {"wasm2", assets, "/", page},
		"asset":         {"wasm", fstest.MapFS{"a.css": {Data: []byte("b")}}, "/", page},
		"asset name":    {"wasm", fstest.MapFS{"b.css": {Data: []byte("a")}}, "/", page},
		"base":          {"wasm", assets, "/prefix/", page},
		"rendered page": {"wasm", assets, "/", []File{{Name: "index.html", Body: []byte("<p>b")}}},
		"rendered name": {"wasm", assets, "/", []File{{Name: "about/index.html", Body: []byte("<p>a")}}},
	} {
		got, _ := Version([]byte(in.wasm), in.assets, in.base, in.rendered)
		if got == v1 {
			t.Errorf("changing the %s left the version at %s", name, v1)
		}
	}
}

// versionOf reads the version that echoHandler wrote into the built home page.
func versionOf(t *testing.T, out string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	_, v, ok := strings.Cut(string(b), " version ")
	if !ok || v == "" || v == draftVersion {
		t.Fatalf("index.html holds no final version: %q", b)
	}
	return v
}

// A change in what the handler renders, with the same binary and assets,
// gives a new version: a new worker or page template must reach open viewers.
func TestBuildVersionFollowsTheRenderedFiles(t *testing.T) {
	build := func(worker string) string {
		cfg := testConfig(filepath.Join(t.TempDir(), "dist"))
		cfg.NewHandler = func(version string, wasmSize int) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/app-worker.js" {
					io.WriteString(w, worker)
				}
				io.WriteString(w, "page "+r.URL.Path+" version "+version)
			})
		}
		if err := Build(cfg); err != nil {
			t.Fatal(err)
		}
		return versionOf(t, cfg.Out)
	}
	a, again, b := build("// worker A\n"), build("// worker A\n"), build("// worker B\n")
	if a != again {
		t.Errorf("the same build gave versions %s and %s", a, again)
	}
	if a == b {
		t.Errorf("a different worker kept the version %s", a)
	}
}

func TestPageFile(t *testing.T) {
	for in, want := range map[string]string{
		"/":          "index.html",
		"/docs":      "docs/index.html",
		"/docs/":     "docs/index.html",
		"/doc/x":     "doc/x/index.html",
		"/../../etc": "etc/index.html",
	} {
		if got := PageFile(in); got != filepath.FromSlash(want) {
			t.Errorf("PageFile(%q) = %q, want %q", in, got, want)
		}
	}
}
