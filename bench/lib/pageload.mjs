// Page load in headless Chromium on localhost: a first visit in a fresh
// profile, then a repeat visit in a new tab of the same profile (its service
// worker installed), each timed from navigation start until the page
// answers a typed query.
import { launch } from '../../tests/e2e/lib/browser.mjs';

import { meter } from './meter.mjs';

// How long the network must stay quiet before a visit counts as over: the
// service worker stores the site after the page has answered.
const QUIET_MS = 1000;
const TIMEOUT_MS = 180_000;

/**
 * Runs in the page before any of its scripts. Once go-app has started the
 * Go program (it removes #app-wasm-loader then, after the Go program has
 * mounted the page and its event handlers), it types spec.query into
 * spec.input as one input event and records when spec.answered shows
 * (spec.text in it, if given): the moment the page answers a query, which
 * the prerendered page cannot do.
 */
function probe(spec) {
	const b = (window.__bench = {});
	const check = () => {
		if (b.answeredAt) return;
		if (b.typedAt === undefined) {
			const input = document.querySelector(spec.input);
			if (document.readyState === 'loading' || document.getElementById('app-wasm-loader') || !input) return;
			input.value = spec.query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			b.typedAt = performance.now();
			return;
		}
		const el = document.querySelector(spec.answered);
		if (el && (!spec.text || el.textContent.includes(spec.text))) b.answeredAt = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
	document.addEventListener('DOMContentLoaded', check);
}

/** What the page measured of itself once it has answered. */
function readings() {
	const paint = performance.getEntriesByName('first-contentful-paint')[0];
	const resources = performance.getEntriesByType('resource');
	const wasm = resources.find((r) => new URL(r.name).pathname.endsWith('/app.wasm'));
	const nav = performance.getEntriesByType('navigation')[0];
	return {
		fcpMs: paint ? paint.startTime : null,
		wasmLoadedMs: wasm ? wasm.responseEnd : null,
		typedMs: window.__bench.typedAt,
		interactiveMs: window.__bench.answeredAt,
		// What the page's own requests transferred (the worker's are not
		// among them).
		pageBytes: [nav, ...resources].reduce((n, r) => n + (r?.transferSize ?? 0), 0),
	};
}

async function visit(browser, m, url, spec) {
	const page = await browser.newPage();
	try {
		await page.evaluateOnNewDocument(probe, spec);
		m.reset();
		await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
		await page.waitForFunction(() => window.__bench?.answeredAt !== undefined, { timeout: TIMEOUT_MS, polling: 50 });
		const r = await page.evaluate(readings);
		await m.quiet(QUIET_MS);
		return { ...r, bytes: m.bytes(), requests: m.requests() };
	} finally {
		await page.close();
	}
}

/**
 * Measures the site served at origin: one first and one repeat visit of
 * path, in a browser of its own with a fresh profile. Resolves to
 * {first, repeat, browser}, each visit {fcpMs, wasmLoadedMs, typedMs,
 * interactiveMs, pageBytes, bytes, requests}, times from navigation start.
 */
export async function measureLoad(origin, path, spec) {
	const m = await meter(origin);
	const browser = await launch();
	try {
		const url = m.origin + path;
		const first = await visit(browser, m, url, spec);
		const repeat = await visit(browser, m, url, spec);
		return { first, repeat, browser: await browser.version() };
	} finally {
		await browser.close();
		await m.close();
	}
}
