package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// href returns the address of an in-app path such as "/doc/x#s-3".
//
// Hosted under a prefix, go-app prefixes every local href itself while
// prerendering, but in the browser only /web/ paths: there the prefix is added
// here, so that a link works the same in both renders.
func href(path string) string {
	if app.IsClient {
		return rootPrefix() + path
	}
	return path
}

// rootPrefix is the path the site is hosted under, without a trailing slash:
// "" at the root, "/prefix" under a prefix.
func rootPrefix() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
}

// routePath returns the path of u inside the app: without the hosting prefix
// and without a trailing slash, which static hosts add when they redirect
// /doc/x to the directory /doc/x/.
func routePath(u *url.URL) string {
	p := u.Path
	if app.IsClient {
		p = strings.TrimPrefix(p, rootPrefix())
	}
	if len(p) > 1 {
		p = strings.TrimRight(p, "/")
	}
	if p == "" {
		p = "/"
	}
	return p
}

// docPath is the reader's path for a document, optionally at a sentence.
func docPath(id string, sentence int) string {
	p := "/doc/" + url.PathEscape(id)
	if sentence > 0 {
		p += "#" + sentenceAnchor(sentence)
	}
	return p
}

// libraryPath is the library's path, filtered by a country when code is set.
func libraryPath(country string) string {
	if country == "" {
		return "/docs"
	}
	return "/docs?country=" + url.QueryEscape(country)
}
