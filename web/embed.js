// Embedding (README, "Embedding"). Loaded in <head> without defer, so that it
// runs before the body is painted:
//   ?embed=1            <html data-embed>: the styles hide the header and the
//                       footer and show a link to the same view in the full
//                       app; framed, the page posts its height to the parent.
//   ?theme=light|dark   <html data-theme>, over prefers-color-scheme (auto:
//                       the default).
// go-app never re-renders <html>, so both survive navigation inside the app.
// It also builds the HTML that embeds the current view (the "Embed this view"
// button in the footer). It never reads the parent page and listens to no
// message.
(function () {
	'use strict';

	var root = document.documentElement;
	var params = new URLSearchParams(location.search);
	var embedded = params.get('embed') === '1' || params.get('embed') === 'true';
	var theme = params.get('theme');
	if (embedded) root.setAttribute('data-embed', '');
	if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

	// The id of the height messages: the id parameter if given, else one
	// derived from the path, fixed at load time so that it stays the same
	// while the reader navigates inside the frame. The snippet below derives
	// it from the iframe's src the same way.
	var id = frameId(location.href);

	function frameId(href) {
		var u = new URL(href);
		return u.searchParams.get('id') || 'chinalac' + u.pathname.replace(/\/+$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
	}

	// isOurs tells the parameters this script reads from the others, which
	// belong to the pages (the comparison has a theme parameter of its own).
	function isOurs(part) {
		var kv = part.split('=');
		var key = decodeURIComponent(kv[0]);
		var value = decodeURIComponent(kv.slice(1).join('='));
		return key === 'embed' || key === 'id' || (key === 'theme' && /^(light|dark|auto)$/.test(value));
	}

	// viewURL is the current view in the full app: the address without the
	// embedding parameters, the others kept as written.
	function viewURL() {
		var search = location.search.replace(/^\?/, '').split('&').filter(function (part) {
			return part && !isOurs(part);
		}).join('&');
		return location.origin + location.pathname + (search ? '?' + search : '') + location.hash;
	}

	// ------------------------------------------------------------ embedded

	if (embedded && window.parent !== window) {
		var last = -1;
		var post = function () {
			var h = Math.ceil(document.body.getBoundingClientRect().height);
			if (h === last) return;
			last = h;
			var dw = {};
			dw[id] = h;
			// Datawrapper's format, then Embedly's (a JSON string).
			window.parent.postMessage({ 'datawrapper-height': dw }, '*');
			window.parent.postMessage(JSON.stringify({ context: 'iframe.resize', height: h, src: location.href }), '*');
		};
		var observe = function () {
			// The body, not <html>: the document's scrollHeight never drops
			// below the iframe's own height, the body's does.
			if ('ResizeObserver' in window) new ResizeObserver(post).observe(document.body);
			else window.addEventListener('resize', post);
			post();
		};
		if (document.body) observe();
		else document.addEventListener('DOMContentLoaded', observe);
	}

	// The link to the full app points at the view shown now.
	var refresh = function (e) {
		var a = e.target.closest && e.target.closest('a.embed-open');
		if (a) a.href = viewURL();
	};
	document.addEventListener('click', refresh, true);
	document.addEventListener('focusin', refresh);
	document.addEventListener('pointerover', refresh);

	// ---------------------------------------------------- "Embed this view"

	var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

	function attr(s) {
		return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	}

	// snippet is the HTML that embeds the current view: the iframe, and a
	// script that sets its height from the page's messages.
	function snippet() {
		var u = viewURL().split('#')[0];
		var src = u + (u.indexOf('?') < 0 ? '?' : '&') + 'embed=1';
		return [
			'<iframe src="' + attr(src) + '" title="' + attr(document.title) + '" width="100%" height="600" loading="lazy"',
			'  style="border:0" sandbox="' + SANDBOX + '"></iframe>',
			'<script>',
			'window.addEventListener("message", function (e) {',
			'  var d = e.data && e.data["datawrapper-height"];',
			'  if (!d) return;',
			'  document.querySelectorAll("iframe").forEach(function (f) {',
			'    if (f.contentWindow !== e.source) return;',
			'    var u = new URL(f.src), id = u.searchParams.get("id") || "chinalac" + u.pathname.replace(/\\/+$/, "").replace(/[^a-z0-9]+/gi, "-").toLowerCase();',
			'    if (d[id] > 0) f.style.height = d[id] + "px";',
			'  });',
			'});',
			'</script>',
		].join('\n');
	}

	function el(tag, props, text) {
		var e = document.createElement(tag);
		for (var k in props) e.setAttribute(k, props[k]);
		if (text) e.textContent = text;
		return e;
	}

	// fill gives the panel its content, once per render of the footer.
	function fill(panel) {
		var code = panel.querySelector('textarea');
		if (!code) {
			var status = el('span', { class: 'embed-status', role: 'status' });
			var copy = el('button', { type: 'button', class: 'button embed-copy' }, 'Copy');
			code = el('textarea', { id: 'embed-code', class: 'embed-code', readonly: '', rows: '8', spellcheck: 'false' });
			panel.append(
				el('p', { class: 'embed-help' }, 'Paste this HTML into your page: it shows this view without the site’s header and footer, ' +
					'and a few lines of script make the frame as tall as its content. Add theme=dark or theme=light to the address to fix the colours.'),
				el('label', { for: 'embed-code' }, 'HTML to embed this view'),
				code,
				el('p', { class: 'embed-actions' }),
			);
			panel.lastChild.append(copy, status);
			copy.addEventListener('click', function () {
				var done = function () {
					status.textContent = 'Copied.';
				};
				var manual = function () {
					code.focus();
					code.select();
					status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
				};
				if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(code.value).then(done, manual);
				else manual();
			});
		}
		code.value = snippet();
		panel.querySelector('.embed-status').textContent = '';
		return code;
	}

	document.addEventListener('click', function (e) {
		var button = e.target.closest && e.target.closest('.embed-button');
		if (!button) return;
		var panel = document.getElementById(button.getAttribute('aria-controls'));
		if (!panel) return;
		var open = panel.hidden;
		var code = open && fill(panel);
		panel.hidden = !open;
		button.setAttribute('aria-expanded', String(open));
		if (code) {
			code.focus();
			code.select();
		}
	});

	// Escape in the panel closes it and returns to its button.
	document.addEventListener('keydown', function (e) {
		if (e.key !== 'Escape') return;
		var panel = e.target.closest && e.target.closest('.embed-panel');
		if (!panel || panel.hidden) return;
		var button = document.querySelector('[aria-controls="' + panel.id + '"]');
		panel.hidden = true;
		if (button) {
			button.setAttribute('aria-expanded', 'false');
			button.focus();
		}
	});
})();
