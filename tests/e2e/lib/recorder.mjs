// A plain static file server for the engines whose driver reports no console
// messages, page errors or requests (WebKit through classic WebDriver). It
// serves a built site as python3 -m http.server does (index.html for a
// directory, a redirect from /dir to /dir/, no .html added, 304 for an
// unchanged file) and records what a clean page load must not produce:
//   - on the server: every answer with a status of 400 or more;
//   - in the page: a script it puts first in every HTML page records console
//     errors, uncaught errors and rejections, resources that failed to load,
//     and any resource fetched from another origin, in sessionStorage, so
//     that they survive reloads and are there to read when the test asks.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

import { freePort } from './server.mjs';

const HOST = '127.0.0.1';
export const PROBLEMS_KEY = '__e2eProblems';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.br': 'application/x-brotli',
	'.gz': 'application/gzip',
};

// Runs before any script of the page (it is the first element of <head>).
const RECORDER = `(function () {
	var KEY = ${JSON.stringify(PROBLEMS_KEY)};
	function add(kind, text, url) {
		var entry = { kind: kind, text: String(text), url: url, page: location.href };
		try {
			var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
			list.push(entry);
			sessionStorage.setItem(KEY, JSON.stringify(list));
		} catch (e) {
			(window[KEY] = window[KEY] || []).push(entry);
		}
	}
	var error = console.error;
	console.error = function () {
		add('console.error', [].map.call(arguments, function (a) { return a && a.stack ? a.stack : String(a); }).join(' '));
		return error.apply(console, arguments);
	};
	addEventListener('error', function (e) {
		var t = e.target;
		if (t && t !== window && (t.src || t.href)) add('requestfailed', (t.src || t.href) + ' did not load', t.src || t.href);
		else add('pageerror', (e.error && e.error.stack) || e.message);
	}, true);
	addEventListener('unhandledrejection', function (e) {
		add('pageerror', 'unhandled rejection: ' + ((e.reason && e.reason.stack) || e.reason));
	});
	addEventListener('securitypolicyviolation', function (e) {
		add('csp', e.violatedDirective + ' ' + e.blockedURI);
	});
	if (window.PerformanceObserver) {
		new PerformanceObserver(function (list) {
			list.getEntries().forEach(function (r) {
				if (/^(data|blob|about):/.test(r.name)) return;
				if (new URL(r.name, location.href).origin !== location.origin) add('foreign-request', r.name, r.name);
			});
		}).observe({ type: 'resource', buffered: true });
	}
})();`;

// Where the recorder is served when it may not be inline (a policy that
// forbids inline scripts).
const RECORDER_FILE = '__e2e/recorder.js';

/**
 * Puts the recorder, and then prelude, first in the <head> of an HTML page:
 * inline, or from src.
 */
function instrument(html, prelude, src) {
	const tag = (src ? `<script src="${src}"></script>` : `<script>${RECORDER}</script>`) + (prelude ? `<script>${prelude}</script>` : '');
	const head = html.match(/<head[^>]*>/i);
	return head ? html.replace(head[0], head[0] + tag) : tag + html;
}

// The running servers by origin, for the driver and the watcher of a page.
const servers = new Map();

/**
 * The recording server of a URL, if one runs: by its port, so that
 * http://localhost:<port> finds the server of http://127.0.0.1:<port>.
 */
export function recordedServer(url) {
	let port;
	try {
		port = Number(new URL(url).port);
	} catch {
		return null;
	}
	return [...servers.values()].find((s) => s.port === port) ?? null;
}

/** Every recording server that runs. */
export const recordedServers = () => [...servers.values()];

/**
 * Serves dir at prefix ("/" or "/prefix/") on a free port of 127.0.0.1.
 * The server stands in for the request interception a driver may lack:
 * hold(re) keeps back the answers to paths matching re until the function it
 * returns is called; block(re) answers them 404 until the function it
 * returns is called; prelude(js) runs js in every page before the page's own
 * scripts.
 * headers are added to every answer; with recorderAsFile the recorder is a
 * script file of the site rather than inline (for a policy without
 * 'unsafe-inline').
 * Returns {origin, url, port, stop(), log(), statusOf(url), problems(),
 * reset(), hold(re), block(re), prelude(js)}.
 */
export async function serveRecorded(dir, { prefix = '/', headers: always = {}, recorderAsFile = false } = {}) {
	const root = path.resolve(dir);
	const served = []; // {method, path, status}
	const held = []; // {re, gate}
	const blocked = [];
	let prelude = '';
	const server = http.createServer(async (req, res) => {
		const answer = (status, headers = {}, body = '') => {
			served.push({ method: req.method, path: req.url, status });
			res.writeHead(status, { ...always, ...headers });
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		const notFound = () => answer(404, { 'content-type': 'text/html; charset=utf-8' }, '<!doctype html><title>Error response</title><h1>404 File not found</h1>');
		if (req.method !== 'GET' && req.method !== 'HEAD') return answer(501, {}, 'unsupported method');
		const url = new URL(req.url, 'http://x');
		if (blocked.some((re) => re.test(url.pathname))) return notFound();
		for (const h of held) if (h.re.test(url.pathname)) await h.gate;
		let rel;
		try {
			rel = decodeURIComponent(url.pathname);
		} catch {
			return notFound();
		}
		if (!rel.startsWith(prefix)) return notFound();
		if (recorderAsFile && rel === prefix + RECORDER_FILE) return answer(200, { 'content-type': TYPES['.js'] }, RECORDER);
		const file = path.join(root, rel.slice(prefix.length));
		if (!file.startsWith(root)) return notFound();
		let st = await stat(file).catch(() => null);
		let target = file;
		if (st?.isDirectory()) {
			if (!url.pathname.endsWith('/')) return answer(301, { location: url.pathname + '/' + url.search });
			target = path.join(file, 'index.html');
			st = await stat(target).catch(() => null);
		}
		if (!st?.isFile()) return notFound();
		const modified = new Date(Math.floor(st.mtimeMs / 1000) * 1000);
		const since = Date.parse(req.headers['if-modified-since'] ?? '');
		if (!Number.isNaN(since) && modified.getTime() <= since) return answer(304);
		const type = TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'last-modified': modified.toUTCString() };
		if (type.startsWith('text/html')) {
			return answer(200, headers, instrument(await readFile(target, 'utf8'), prelude, recorderAsFile && prefix + RECORDER_FILE));
		}
		served.push({ method: req.method, path: req.url, status: 200 });
		res.writeHead(200, { ...always, ...headers, 'content-length': st.size });
		if (req.method === 'HEAD') return res.end();
		createReadStream(target).pipe(res);
	});
	const port = await freePort();
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, HOST, resolve);
	});
	const origin = `http://${HOST}:${port}`;
	let mark = 0;
	const site = {
		origin,
		url: origin + prefix,
		port,
		root,
		async stop() {
			servers.delete(origin);
			server.closeAllConnections?.();
			await new Promise((r) => server.close(r));
		},
		log: () => served.slice(-40).map((s) => `${s.status} ${s.method} ${s.path}`).join('\n'),
		/** The status of the last answer for url's path and query, or null. */
		statusOf(u) {
			const want = new URL(u, origin);
			const key = want.pathname + want.search;
			for (let i = served.length - 1; i >= 0; i--) {
				if (served[i].path === key && served[i].status !== 301) return served[i].status;
			}
			return null;
		},
		/** Answers of 400 or more since the last reset. */
		problems: () =>
			served.slice(mark).filter((s) => s.status >= 400).map((s) => ({ kind: 'http', text: `${s.status} ${s.method} ${origin}${s.path}`, url: origin + s.path })),
		reset() {
			mark = served.length;
		},
		hold(re) {
			let release;
			const h = { re, gate: new Promise((r) => (release = r)) };
			held.push(h);
			return () => {
				held.splice(held.indexOf(h), 1);
				release();
			};
		},
		block(re) {
			blocked.push(re);
			return () => blocked.splice(blocked.indexOf(re), 1);
		},
		prelude(js) {
			prelude = js;
		},
	};
	servers.set(origin, site);
	return site;
}
