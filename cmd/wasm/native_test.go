//go:build !wasm

package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"chinalac/app/compare"
	"chinalac/app/corpus"
)

// buildSite runs the build command over the real corpus and web assets with
// a stand-in for app.wasm, which only the Makefile compiles.
func buildSite(t *testing.T, base string) string {
	t.Helper()
	dir := t.TempDir()
	wasm := filepath.Join(dir, "app.wasm")
	os.WriteFile(wasm, []byte("\x00asm stand-in"), 0o644)
	out := filepath.Join(dir, "dist")
	var stdout bytes.Buffer
	if err := run([]string{"build", "-wasm", wasm, "-out", out, "-base", base, "-web", "../../web"}, &stdout); err != nil {
		t.Fatal(err)
	}
	return out
}

// allowedForeign are the only absolute URLs the site may contain, none of
// them ever fetched: XML namespace names, and a comment.
var allowedForeign = map[string]bool{
	"http://www.w3.org/2000/svg":                true,
	"https://github.com/golang/go/issues/28975": true, // a comment in Go's wasm_exec.js
}

// foreignURL matches absolute and protocol-relative URLs ("//host.tld/…",
// as in CSS url(//…)): a host name with a dot and a top-level domain.
var foreignURL = regexp.MustCompile(`(?i)(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s"'<>()\\]*`)

func TestSiteRefersToNoOtherHost(t *testing.T) {
	for _, base := range []string{"/", "/prefix/"} {
		out := buildSite(t, base)
		found := 0
		filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasPrefix(filepath.Base(p), "app.wasm") {
				return err
			}
			found++
			b, _ := os.ReadFile(p)
			for _, u := range foreignURL.FindAllString(string(b), -1) {
				if !allowedForeign[u] {
					t.Errorf("%s%s refers to another host: %s", base, strings.TrimPrefix(p, out+string(filepath.Separator)), u)
				}
			}
			return nil
		})
		if found < 10 {
			t.Fatalf("scanned only %d files", found)
		}
	}
}

func TestForeignURLPattern(t *testing.T) {
	for s, want := range map[string]bool{
		"https://cdn.example.com/x.js":    true,
		`url(//fonts.example.org/a.woff)`: true,
		`src="//example.net"`:             true,
		"// a comment. Nothing else":      false,
		"/web/style.css":                  false,
		"//go:build !wasm":                false,
	} {
		if got := foreignURL.MatchString(s); got != want {
			t.Errorf("foreignURL.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSiteLayout(t *testing.T) {
	out := buildSite(t, "/")
	for _, f := range []string{
		"index.html", "docs/index.html", "about/index.html", "doc/xi-lopez-obrador-apec-2023/index.html",
		"app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "app.css",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/style.css", "web/icon.svg", "web/icon-192.png", "web/icon-512.png",
	} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !bytes.Contains(page, []byte(`href="/web/style.css"`)) {
		t.Error("the pages do not link the style sheet that restyles the loader")
	}
}

func TestSiteUnderPrefix(t *testing.T) {
	out := buildSite(t, "/prefix/")
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	for _, want := range []string{`"GOAPP_ROOT_PREFIX":"/prefix"`, `"/prefix/web/app.wasm"`, `"/prefix/app-worker.js"`} {
		if !bytes.Contains(appJS, []byte(want)) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "docs", "index.html"))
	for _, want := range []string{`href="/prefix/web/style.css"`, `src="/prefix/app.js"`, `href="/prefix/docs"`} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("docs/index.html lacks %s", want)
		}
	}
	manifest, _ := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if !bytes.Contains(manifest, []byte(`"scope":"/prefix/"`)) {
		t.Errorf("the manifest's scope is not the prefix: %s", manifest)
	}
}

func TestNormalizeBase(t *testing.T) {
	for in, want := range map[string]string{"": "/", "/": "/", "p": "/p/", "/p": "/p/", "/p/": "/p/", "/a/b/": "/a/b/"} {
		if got := normalizeBase(in); got != want {
			t.Errorf("normalizeBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRunRejectsBadUse(t *testing.T) {
	for _, args := range [][]string{nil, {"deploy"}, {"build"}, {"build", "-wasm", "/no/such/file"}, {"size", "-dir", "/no/such/dir"}} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}

func TestSearchCommand(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		first string
		n     int // documents printed
	}{
		{[]string{"Boluatre"}, "xi-boluarte-beijing-2024", 1},
		{[]string{"-limit", "2", "Xi"}, "", 2},
		{[]string{"-country", "mx", "Chancai", "port"}, "", 0},
	} {
		var out bytes.Buffer
		if err := run(append([]string{"search"}, tc.args...), &out); err != nil {
			t.Fatalf("search %v: %v", tc.args, err)
		}
		ids := strings.Fields(out.String())
		if len(ids) != tc.n || tc.first != "" && ids[0] != tc.first {
			t.Errorf("search %v printed %v", tc.args, ids)
		}
	}
}

// TestSnapshotCommand reads the files app.wasm embeds as the browser does
// (browser.go): the corpus, then the comparison's facts about it, which
// must be those extracted from the corpus the browser gets.
func TestSnapshotCommand(t *testing.T) {
	dir := t.TempDir()
	snap, facts := filepath.Join(dir, "snapshot.json"), filepath.Join(dir, "facts.json")
	if err := run([]string{"snapshot", "-out", snap, "-facts", facts}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(snap)
	c, err := corpus.FromSnapshot(b)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(facts)
	got, err := compare.DecodeFacts(c, b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, compare.FactsOf(c)) {
		t.Error("the facts written are not those of the corpus written")
	}
}
