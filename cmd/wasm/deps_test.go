//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// deps lists the packages that pkgs depend on when built for goos/goarch.
func deps(t *testing.T, goos, goarch string, pkgs ...string) map[string]bool {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-deps"}, pkgs...)...)
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps %s (%s/%s): %v", strings.Join(pkgs, " "), goos, goarch, err)
	}
	set := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		set[p] = true
	}
	return set
}

// The generator and the server never enter app.wasm: they would double its
// size (net/http's server, crypto/tls, brotli). Nor does the search's test
// data. The same holds for the go-app hello world make bench measures the
// site against (bench/hello), built the same way.
func TestWasmLeavesServerCodeOut(t *testing.T) {
	got := deps(t, "js", "wasm", ".")
	if !got["chinalac/app/ui"] {
		t.Fatalf("the wasm build does not include the UI: %v", got)
	}
	hello := deps(t, "js", "wasm", "chinalac/bench/hello")
	for _, p := range []string{
		"chinalac/app/sitegen",
		"chinalac/app/staticserver",
		"chinalac/app/search/searchtest",
		"github.com/andybalholm/brotli",
		"net/http/httptest",
	} {
		if got[p] {
			t.Errorf("app.wasm depends on %s", p)
		}
		if hello[p] {
			t.Errorf("the hello world's app.wasm depends on %s", p)
		}
	}
}

// The domain packages are plain Go: they run and are tested natively, and
// the UI depends on them, never the reverse.
func TestDomainPackagesDoNotImportTheUI(t *testing.T) {
	for _, pkg := range []string{"chinalac/app/corpus", "chinalac/app/search", "chinalac/app/compare"} {
		for p := range deps(t, "js", "wasm", pkg) {
			if strings.HasPrefix(p, "github.com/maxence-charriere/go-app") || p == "chinalac/app/ui" {
				t.Errorf("%s depends on %s", pkg, p)
			}
		}
	}
}

// The corpus is the base of the other domain packages and depends on none
// of them: the comparison's facts are written beside the snapshot, not in
// it.
func TestCorpusImportsNoOtherDomainPackage(t *testing.T) {
	for p := range deps(t, "js", "wasm", "chinalac/app/corpus") {
		if strings.HasPrefix(p, "chinalac/") && p != "chinalac/app/corpus" {
			t.Errorf("chinalac/app/corpus depends on %s", p)
		}
	}
}
