//go:build !wasm

package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// workerLists reads the two URL lists filled into the built service worker:
// the pages, and the assets go-app lists.
func workerLists(t *testing.T, out string) (pages, assets []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	js := string(b)
	if strings.Contains(js, "{{") {
		t.Fatalf("app-worker.js holds a placeholder left unfilled:\n%s", js)
	}
	for re, list := range map[string]*[]string{
		`(?m)^const pages = (\[.*\]);$`:                  &pages,
		`\[\.\.\.(\[.*?\]), \.\.\.pages, notFoundPage\]`: &assets,
	} {
		m := regexp.MustCompile(re).FindStringSubmatch(js)
		if m == nil {
			t.Fatalf("app-worker.js has no list matching %s", re)
		}
		if err := json.Unmarshal([]byte(m[1]), list); err != nil {
			t.Fatalf("app-worker.js: %s: %v", m[1], err)
		}
	}
	return pages, assets
}

// TestWorkerPrecachesTheWholeSite checks, at the root and under a prefix,
// that the service worker precaches every page, by the directory address a
// static host serves without a redirect, and every asset and script of the
// site, each of them a file of the build.
func TestWorkerPrecachesTheWholeSite(t *testing.T) {
	for _, base := range []string{"/", "/prefix/"} {
		t.Run(base, func(t *testing.T) {
			out := buildSite(t, base)
			pages, assets := workerLists(t, out)
			for _, want := range []string{base, base + "docs/", base + "search/", base + "compare/", base + "about/", base + "doc/xi-lopez-obrador-apec-2023/"} {
				if !slices.Contains(pages, want) {
					t.Errorf("the worker does not precache the page %s: %q", want, pages)
				}
			}
			fileOf := func(u string) string {
				if !strings.HasPrefix(u, base) {
					t.Errorf("%s is not under %s", u, base)
					return ""
				}
				rel := strings.TrimPrefix(u, base)
				if rel == "" || strings.HasSuffix(rel, "/") {
					rel += "index.html"
				}
				return filepath.Join(out, filepath.FromSlash(rel))
			}
			for _, u := range pages {
				if !strings.HasSuffix(u, "/") {
					t.Errorf("page %s is not in directory form", u)
				}
				if _, err := os.Stat(fileOf(u)); err != nil {
					t.Errorf("page %s: %v", u, err)
				}
			}
			precached := map[string]bool{}
			for _, u := range assets {
				if u == strings.TrimSuffix(base, "/") {
					continue // the root as go-app writes it; the worker reads it as base
				}
				precached[u] = true
				if _, err := os.Stat(fileOf(u)); err != nil {
					t.Errorf("asset %s: %v", u, err)
				}
			}
			// Every file of web/ (but the compressed copies of app.wasm,
			// which browsers never ask for) and go-app's files.
			want := []string{base + "app.js", base + "wasm_exec.js", base + "app.css", base + "manifest.webmanifest"}
			filepath.WalkDir(filepath.Join(out, "web"), func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), "app.wasm.") {
					rel, _ := filepath.Rel(out, p)
					want = append(want, base+filepath.ToSlash(rel))
				}
				return err
			})
			for _, u := range want {
				if !precached[u] {
					t.Errorf("the worker does not precache %s", u)
				}
			}
			if _, err := os.Stat(filepath.Join(out, "404.html")); err != nil {
				t.Errorf("the page for unknown addresses: %v", err)
			}
			worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
			if !strings.Contains(string(worker), `const notFoundPage = root + "404.html";`) {
				t.Error("the worker does not precache 404.html")
			}
			for _, u := range []string{base + "web/offline.js", base + "web/app.wasm", base + "web/icon.svg"} {
				if !precached[u] {
					t.Errorf("the worker does not precache %s", u)
				}
			}

			page, _ := os.ReadFile(filepath.Join(out, "docs", "index.html"))
			if !strings.Contains(string(page), `<script defer src="`+base+`web/offline.js">`) {
				t.Error("the pages do not load web/offline.js, deferred")
			}
			if !strings.Contains(string(page), `<p class="offline-note">Available offline</p>`) {
				t.Error("the footer lacks the offline note")
			}
			// The home page's address is inside the worker's scope: "/prefix/", not "/prefix".
			if !strings.Contains(string(page), `class="site-name" href="`+base+`"`) {
				t.Errorf("the site name does not link to %s", base)
			}
			manifest, _ := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
			if !strings.Contains(string(manifest), `"start_url":"`+base+`"`) {
				t.Errorf("the manifest's start_url is not %s: %s", base, manifest)
			}
		})
	}
}
