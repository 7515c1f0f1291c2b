// Runs before the body is painted and before the app starts.
//
// It tells the styles that this browser can run the app (scripts and
// WebAssembly): html[data-can-run-app] hides the note that search and the
// comparison need a newer browser. Without scripts, or without WebAssembly,
// the note stays and the prerendered text is all there.
//
// It also mends an address with a "%" that starts no escape ("/doc/%zz",
// "?q=100%"): Go cannot parse such an address, and the app would stop on it.
// The "%" becomes "%25", which every part of the app reads as a plain "%".
(() => {
	if (typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function') {
		document.documentElement.setAttribute('data-can-run-app', '');
	}
	const href = location.href;
	const mended = href.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
	if (mended !== href && history.replaceState) {
		history.replaceState(history.state, '', mended);
	}
})();
