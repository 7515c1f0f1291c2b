package staticserver

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func testSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":           "home",
		"doc/x/index.html":     "reader",
		"web/app.wasm":         "raw wasm",
		"web/app.wasm.br":      "brotli wasm",
		"web/app.wasm.gz":      "gzip wasm",
		"web/style.css":        "body{}",
		"app-worker.js":        "worker",
		"manifest.webmanifest": "{}",
		"404.html":             "not here",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHandler(t *testing.T) {
	h := Handler(testSite(t))
	tests := []struct {
		name, method, path, acceptEncoding string
		status                             int
		body, contentType, encoding        string
	}{
		{"home", "GET", "/", "", 200, "home", "text/html; charset=utf-8", ""},
		{"page without slash", "GET", "/doc/x", "", 200, "reader", "text/html; charset=utf-8", ""},
		{"page with slash", "GET", "/doc/x/", "", 200, "reader", "text/html; charset=utf-8", ""},
		{"wasm raw", "GET", "/web/app.wasm", "", 200, "raw wasm", "application/wasm", ""},
		{"wasm brotli", "GET", "/web/app.wasm", "gzip, deflate, br", 200, "brotli wasm", "application/wasm", "br"},
		{"wasm gzip", "GET", "/web/app.wasm", "gzip", 200, "gzip wasm", "application/wasm", "gzip"},
		{"brotli refused by q=0", "GET", "/web/app.wasm", "br;q=0, gzip", 200, "gzip wasm", "application/wasm", "gzip"},
		{"css", "GET", "/web/style.css", "br", 200, "body{}", "text/css; charset=utf-8", ""},
		{"manifest", "GET", "/manifest.webmanifest", "", 200, "{}", "application/manifest+json", ""},
		{"unknown path gets 404.html", "GET", "/nowhere", "", 404, "not here", "text/html; charset=utf-8", ""},
		{"traversal stays inside", "GET", "/../../../etc/passwd", "", 404, "not here", "text/html; charset=utf-8", ""},
		{"post refused", "POST", "/", "", 405, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, nil)
			if tt.acceptEncoding != "" {
				req.Header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.body != "" && rec.Body.String() != tt.body {
				t.Errorf("body %q, want %q", rec.Body.String(), tt.body)
			}
			if tt.contentType != "" && rec.Header().Get("Content-Type") != tt.contentType {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tt.contentType)
			}
			if got := rec.Header().Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
			}
		})
	}
}

func TestHandlerRevalidatesPagesAndWorker(t *testing.T) {
	h := Handler(testSite(t))
	for path, want := range map[string]string{"/": "no-cache", "/app-worker.js": "no-cache", "/web/style.css": ""} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if got := rec.Header().Get("Cache-Control"); got != want {
			t.Errorf("%s: Cache-Control %q, want %q", path, got, want)
		}
	}
}

func TestHandlerSendsContentSecurityPolicy(t *testing.T) {
	h := Handler(testSite(t))
	for _, path := range []string{"/", "/doc/x", "/web/app.wasm", "/app-worker.js", "/nowhere"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if got := rec.Header().Get("Content-Security-Policy"); got != ContentSecurityPolicy {
			t.Errorf("%s: Content-Security-Policy %q, want %q", path, got, ContentSecurityPolicy)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Header().Get("Content-Security-Policy") == "" {
		t.Error("a refused method gets no Content-Security-Policy")
	}
}

// The policy is strict, yet leaves the site embeddable anywhere.
func TestContentSecurityPolicy(t *testing.T) {
	directives := map[string]string{}
	for _, d := range strings.Split(ContentSecurityPolicy, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		if _, dup := directives[name]; dup {
			t.Errorf("directive %s given twice", name)
		}
		directives[name] = value
	}
	want := map[string]string{
		"default-src":  "'self'",
		"script-src":   "'self' 'wasm-unsafe-eval'",
		"style-src":    "'self'",
		"img-src":      "'self' data:",
		"connect-src":  "'self'",
		"worker-src":   "'self'",
		"manifest-src": "'self'",
		"base-uri":     "'self'",
		"form-action":  "'self'",
		"object-src":   "'none'",
	}
	for name, value := range want {
		if directives[name] != value {
			t.Errorf("%s %q, want %q", name, directives[name], value)
		}
	}
	for name := range directives {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected directive %s (frame-ancestors would stop embedding)", name)
		}
	}
	if strings.Contains(ContentSecurityPolicy, "unsafe-inline") || strings.Contains(ContentSecurityPolicy, "'unsafe-eval'") {
		t.Error("the policy allows inline code or eval")
	}
}
