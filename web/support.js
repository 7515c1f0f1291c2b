// Tells the styles, before the body is painted, that this browser can run the
// app (scripts and WebAssembly): html[data-can-run-app] hides the note that
// search and the comparison need a newer browser. Without scripts, or
// without WebAssembly, the note stays and the prerendered text is all there.
if (typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function') {
	document.documentElement.setAttribute('data-can-run-app', '');
}
