// Package ui holds the go-app components of the viewer: one file per page,
// small components with short Render methods, and the few helpers they share.
//
// A view is a function of the corpus and the URL: every page reads what it
// shows from the corpus it is given at registration and from the URL in OnNav,
// and keeps no other state. The same components run natively, to prerender
// each page to static HTML, and in the browser, compiled to WebAssembly; the
// two renders are identical so nothing jumps when the app takes over.
package ui
