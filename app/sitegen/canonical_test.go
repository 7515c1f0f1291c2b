package sitegen

import (
	"testing"
)

func TestCanonicalHTML(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"sorts attributes", `<a href="/x" class="c">t</a>`, `<a class="c" href="/x">t</a>`},
		{"same either way", `<a class="c" href="/x">t</a>`, `<a class="c" href="/x">t</a>`},
		{"escapes a quote in a value", `<abbr title="said \"on Friday\"">x</abbr>`, `<abbr title="said &#34;on Friday&#34;">x</abbr>`},
		{"escapes an ampersand", `<a href="/d?a=1&b=2">x</a>`, `<a href="/d?a=1&amp;b=2">x</a>`},
		{"keeps a bare attribute", `<script src="/a.js" defer></script>`, `<script defer src="/a.js"></script>`},
		{"keeps a > inside a value", `<i title="a > b" id="x">`, `<i id="x" title="a &gt; b">`},
		{"keeps text and closing tags", "<p>\n  a &lt; b\n</p>", "<p>\n  a &lt; b\n</p>"},
		{"keeps the doctype", "<!doctype html>\n<html lang=\"en\">", "<!doctype html>\n<html lang=\"en\">"},
		{"keeps unicode", `<p title="Piñera">Piñera 中文</p>`, `<p title="Piñera">Piñera 中文</p>`},
		{"drops hostless og:url", "<head>\n    <meta property=\"og:url\" content=\"https:///docs\">\n</head>", "<head>\n</head>"},
		{"drops hostless og:image", "<head>\n    <meta content=\"https://\" property=\"og:image\">\n</head>", "<head>\n</head>"},
		{"keeps og:url with a host", `<meta property="og:url" content="https://example.org/docs">`, `<meta content="https://example.org/docs" property="og:url">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CanonicalHTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCanonicalHTMLRejectsBrokenTags(t *testing.T) {
	for _, in := range []string{`<a href="/x`, `<a href=/x>`, `<a class="c"`} {
		if _, err := CanonicalHTML([]byte(in)); err == nil {
			t.Errorf("CanonicalHTML(%q) succeeded", in)
		}
	}
}
