// End-to-end journeys through the built static site in headless Chromium.
//   DIST           built site (default: <repo>/dist)
//   DIST_PREFIXED  build made with `make build BASE=/prefix/ DIST=dist-prefixed`
//                  (default: <repo>/dist-prefixed), served under PREFIX
//   PREFIX         sub-path of that build (default: /prefix/)
//   E2E_TIMEOUT_MS how long to wait for the wasm app to start (default: 180000)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { appState, isRunning, visibilityProbe, waitForApp } from './lib/app.mjs';
import { launch, watch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const ARTIFACTS = path.join(HERE, 'artifacts');

// A relative path is taken from the current directory, else from the repo root
// (so DIST=dist works both from tests/e2e with ../../dist and from a Makefile).
function dirFromEnv(name, fallback) {
	const v = process.env[name];
	if (!v) return path.resolve(HERE, fallback);
	if (path.isAbsolute(v)) return v;
	const fromCwd = path.resolve(v);
	return existsSync(fromCwd) ? fromCwd : path.resolve(REPO, v);
}

const DIST = dirFromEnv('DIST', '../../dist');
const DIST_PREFIXED = dirFromEnv('DIST_PREFIXED', '../../dist-prefixed');
const PREFIX = `/${(process.env.PREFIX ?? '/prefix/').split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
const APP_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS) || 180_000;
const TEST_TIMEOUT = APP_TIMEOUT * 3 + 120_000;

// The document to read if the library has it, and a sentence it contains.
const PREFERRED_DOC = 'xi-lopez-obrador-apec-2023';
const KNOWN_SENTENCES = {
	'xi-lopez-obrador-apec-2023': 'bilateral trade volume has increased 7,000 times',
};

// URLs allowed in shipped text files although their host is not local: XML
// namespace names (xmlns attributes, createElementNS), never fetched.
const NAMESPACE_URLS = new Set([
	'http://www.w3.org/2000/svg',
	'http://www.w3.org/1999/xhtml',
	'http://www.w3.org/1999/xlink',
	'http://www.w3.org/1998/Math/MathML',
	'http://www.w3.org/XML/1998/namespace',
	// Not a namespace: a comment in Go's own wasm_exec.js, never fetched.
	'https://github.com/golang/go/issues/28975',
]);
const SCANNED_EXTENSIONS = new Set(['.html', '.htm', '.js', '.mjs', '.css', '.webmanifest', '.json', '.svg', '.xml']);

const q = (s) => JSON.stringify(s); // CSS attribute value
// A path is under the prefix "/p/" if it starts with it or is "/p" itself
// (go-app writes the root link "/" as "/p"; the server redirects it to "/p/").
const underPrefix = (p, prefix) => p.startsWith(prefix) || p === prefix.replace(/\/$/, '');
// Relative luminance of a CSS rgb() colour, enough to tell dark from light.
const luminance = (rgb) => {
	const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

let browser;

before(async () => {
	if (!existsSync(path.join(DIST, 'index.html'))) {
		throw new Error(`no built site: ${path.join(DIST, 'index.html')} is missing (run \`make build\`, or set DIST)`);
	}
	await rm(ARTIFACTS, { recursive: true, force: true }); // no stale screenshots
	await mkdir(ARTIFACTS, { recursive: true });
	browser = await launch();
});

after(async () => {
	await browser?.close();
});

/**
 * Runs `fn(page, watcher)` in a fresh browser context (own cache, storage and
 * service worker), then checks the watcher is clean.
 */
async function withPage(origin, fn, { watchOptions, contextOptions } = {}) {
	const ctx = await browser.createBrowserContext(contextOptions);
	try {
		const page = await ctx.newPage();
		page.setDefaultTimeout(APP_TIMEOUT);
		page.setDefaultNavigationTimeout(APP_TIMEOUT);
		const w = watch(page, origin, watchOptions);
		await fn(page, w);
		w.assertClean();
	} finally {
		await ctx.close();
	}
}

/** Waits for the browser-side `predicate` to hold, or fails with the page state. */
async function waitOrFail(page, predicate, args, what, timeout = 60_000) {
	try {
		await page.waitForFunction(predicate, { timeout, polling: 200 }, ...args);
	} catch (err) {
		throw new Error(`timed out waiting for ${what}; page state: ${JSON.stringify(await appState(page))}; ${err.message}`);
	}
}

async function screenshot(page, name) {
	await page.screenshot({ path: path.join(ARTIFACTS, name) }).catch(() => {});
}

async function fetchText(url) {
	const res = await fetch(url);
	assert.ok(res.ok, `GET ${url}: ${res.status}`);
	return res.text();
}

// ---------------------------------------------------------------- journeys

/** a: the home page is readable before the wasm and the app then starts. */
async function homeJourney(base, origin, label) {
	const html = await fetchText(base);
	assert.match(html, /<title>[^<]*\S[^<]*<\/title>/, 'the prerendered page has a non-empty <title>');
	assert.match(html, /<h1\b/, 'the prerendered page has an <h1>');
	assert.doesNotMatch(html, /data-app="running"/, 'data-app="running" must be set only by the browser render');

	await withPage(origin, async (page) => {
		// Hold app.wasm back until the prerendered page has been looked at.
		await page.setRequestInterception(true);
		let release;
		const gate = new Promise((r) => (release = r));
		page.on('request', (req) => {
			if (req.isInterceptResolutionHandled()) return;
			if (/\.wasm(\?|$)/.test(new URL(req.url()).pathname)) gate.then(() => req.continue().catch(() => {}));
			else req.continue().catch(() => {});
		});

		const res = await page.goto(base, { waitUntil: 'domcontentloaded' });
		assert.ok(res.ok(), `GET ${base}: ${res.status()}`);
		await waitOrFail(
			page,
			() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((l) => l.sheet),
			[],
			'stylesheets',
		);
		assert.equal(await isRunning(page), false, 'the app cannot run before its wasm is served');
		const pre = await page.evaluate(() => ({ title: document.title, h1: document.querySelector('h1')?.innerText ?? null }));
		assert.ok(norm(pre.title), 'prerendered title is not empty');
		assert.ok(norm(pre.h1), `prerendered page has a non-empty h1 (got ${q(pre.h1)})`);
		const vis = await page.$eval('h1', visibilityProbe);
		await screenshot(page, `${label}-home-before-wasm.png`);
		assert.ok(vis.ok, `the prerendered h1 must be visible before the wasm runs: ${vis.reason}`);

		release();
		await waitForApp(page, { timeout: APP_TIMEOUT });
		const live = await page.evaluate(() => ({ title: document.title, h1: document.querySelector('h1')?.innerText ?? null }));
		await screenshot(page, `${label}-home-running.png`);
		assert.ok(norm(live.title), 'title is not empty once the app runs');
		assert.ok(norm(live.h1), 'the running app shows an h1');
		assert.equal(norm(live.title), norm(pre.title), 'the title does not change when the wasm takes over');
		assert.equal(norm(live.h1), norm(pre.h1), 'the h1 does not change when the wasm takes over');
		const hv = await page.$eval('h1', visibilityProbe);
		assert.ok(hv.ok, `h1 visible once the app runs: ${hv.reason}`);
	});
}

/** Same-origin links on the page whose path does not start with `prefix`. */
async function linksOutsidePrefix(page, prefix) {
	return page.evaluate((prefix) => {
		const bad = [];
		for (const a of document.querySelectorAll('a[href]')) {
			const u = new URL(a.getAttribute('href'), location.href);
			if (u.origin !== location.origin) continue;
			if (!(u.pathname.startsWith(prefix) || u.pathname === prefix.replace(/\/$/, ''))) bad.push(a.getAttribute('href'));
		}
		return [...new Set(bad)];
	}, prefix);
}

async function assertPrefix(page, prefix, step) {
	if (prefix === '/') return;
	const pathname = await page.evaluate(() => location.pathname);
	assert.ok(underPrefix(pathname, prefix), `${step}: location.pathname ${q(pathname)} lost the prefix ${prefix}`);
	const bad = await linksOutsidePrefix(page, prefix);
	assert.deepEqual(bad, [], `${step}: in-app links without the prefix ${prefix}`);
}

/** b: home -> library -> reader -> sentence anchor, all in-app. */
async function readingJourney(base, origin, prefix, label) {
	await withPage(origin, async (page) => {
		await page.goto(base, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		await assertPrefix(page, prefix, 'home');
		await page.evaluate(() => {
			window.__probe = 1;
		});

		const nav = 'header nav a[href$="/docs"]';
		assert.ok(await page.$(nav), `a link ${nav} on the home page`);
		await page.click(nav);
		await waitOrFail(
			page,
			() => /\/docs\/?$/.test(location.pathname) && document.querySelectorAll('li[data-doc]').length > 0,
			[],
			'the library (path ending in /docs, li[data-doc])',
		);
		assert.equal(await page.evaluate(() => window.__probe), 1, 'navigating to the library reloaded the page');
		await assertPrefix(page, prefix, 'library');

		const lib = await page.evaluate(() =>
			[...document.querySelectorAll('li[data-doc]')].map((li) => ({
				id: li.dataset.doc,
				linked: !!li.querySelector(`a[href$="/doc/${CSS.escape(li.dataset.doc)}"]`),
			})),
		);
		const unlinked = lib.filter((d) => !d.linked).map((d) => d.id);
		assert.deepEqual(unlinked, [], 'every li[data-doc] links to /doc/<id>');
		const id = lib.some((d) => d.id === PREFERRED_DOC) ? PREFERRED_DOC : lib[0].id;

		await page.click(`li[data-doc=${q(id)}] a[href$=${q(`/doc/${id}`)}]`);
		await waitOrFail(
			page,
			(id) => location.pathname.replace(/\/$/, '').endsWith(`/doc/${id}`) && document.querySelector(`article[data-doc="${id}"]`),
			[id],
			`the reader article[data-doc=${q(id)}]`,
		);
		assert.equal(await page.evaluate(() => window.__probe), 1, 'opening a document reloaded the page');
		await assertPrefix(page, prefix, 'reader');

		const article = `article[data-doc=${q(id)}]`;
		const text = norm(await page.$eval(article, (a) => a.innerText));
		if (KNOWN_SENTENCES[id]) assert.ok(text.includes(KNOWN_SENTENCES[id]), `the reader shows ${q(KNOWN_SENTENCES[id])}`);
		else assert.ok(text.length > 0, 'the reader shows some text');

		const sentences = await page.$$eval(`${article} [id^="s-"]`, (els) =>
			els.map((el) => ({ id: el.id, linked: !!el.querySelector(`a[href$="#${CSS.escape(el.id)}"]`) })),
		);
		assert.ok(sentences.length >= 3, `at least 3 sentences [id^="s-"] (found ${sentences.length})`);
		assert.deepEqual(
			sentences.filter((s) => !s.linked).map((s) => s.id),
			[],
			'every sentence contains a link to its own anchor',
		);

		await page.click(`${article} #s-3 a[href$="#s-3"]`);
		// Puppeteer evaluates a string as an expression on every poll; the probe
		// is spliced in as source (no eval in the page, whatever its CSP).
		const targetState = `(() => {
			const el = document.getElementById('s-3');
			const r = el?.getBoundingClientRect();
			const st = {
				hash: location.hash,
				target: el ? el.matches(':target') : null,
				isTargetClass: el ? el.classList.contains('is-target') : null,
				rect: r ? { top: r.top, bottom: r.bottom, innerHeight } : null,
				visible: el ? (${visibilityProbe})(el, { scroll: false }) : null,
			};
			st.ok = st.hash === '#s-3' && !!(st.target || st.isTargetClass) && !!st.visible?.ok;
			return st;
		})()`;
		try {
			await page.waitForFunction(`${targetState}.ok`, { timeout: 30_000, polling: 200 });
		} catch (err) {
			const st = await page.evaluate(targetState);
			await screenshot(page, `${label}-reader-s3-FAILED.png`);
			assert.fail(
				`after clicking the link of sentence 3, want hash #s-3, the sentence marked as target (:target or .is-target) ` +
					`and visible in the viewport; got ${JSON.stringify(st)}; ${err.message}`,
			);
		}
		assert.equal(await page.evaluate(() => window.__probe), 1, 'following a sentence link reloaded the page');
		await assertPrefix(page, prefix, 'sentence link');
		await screenshot(page, `${label}-reader-s3.png`);
	});
}

/** A document id from the prerendered library page (raw HTML, no browser). */
/**
 * i: search with a typo from the header of any page, move through the results
 * with the keyboard and open one at its sentence, scrolled into view; the
 * deep link restores them, in the engine's order; Escape clears.
 */
async function searchJourney(base, origin, prefix) {
	await withPage(origin, async (page) => {
		await page.goto(`${base}about`, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		await page.evaluate(() => {
			window.__probe = 1;
			document.activeElement?.blur();
		});
		// Closed, the field refers to no listbox and no option.
		assert.deepEqual(
			await page.$eval('#search-input', (el) => [el.getAttribute('aria-controls'), el.getAttribute('aria-activedescendant')]),
			[null, null],
			'the closed search box names no listbox and no option',
		);
		// "/" anywhere focuses the search field.
		await page.keyboard.press('/');
		assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', '"/" focuses the search field');
		await page.keyboard.type('Boluatre', { delay: 30 });
		// The results of the whole word, not of a prefix searched while
		// typing slowly (a loaded machine).
		await waitOrFail(
			page,
			() => /“Boluatre”/.test(document.querySelector('.search-box [role="status"]')?.textContent ?? '') &&
				document.querySelectorAll('#search-popup [role="option"][data-doc]').length > 0,
			[],
			'search results in the pop-up',
		);
		const first = await page.$eval('#search-popup [role="option"][data-doc]', (li) => li.dataset.doc);
		assert.equal(first, 'xi-boluarte-beijing-2024', 'a transposed name finds its document first');
		assert.match(await page.$eval('#search-popup', (el) => el.innerText), /Boluarte/, 'the matched word is shown');
		assert.ok(await page.$('#search-popup mark.hit'), 'the word matched through a typo is marked');
		assert.equal(await page.$eval('#search-input', (el) => el.getAttribute('aria-expanded')), 'true');
		assert.equal(await page.$eval('#search-input', (el) => el.getAttribute('aria-controls')), 'search-popup');
		assert.match(await page.$eval('.search-box [role="status"]', (el) => el.textContent), /document/, 'the result count is announced');

		// A word whose sentence stands far down its document: the reader
		// must scroll to it.
		await page.keyboard.press('Escape');
		await page.keyboard.type('coper', { delay: 30 });
		await waitOrFail(
			page,
			() => document.querySelector('#search-popup [role="option"][data-doc]')?.dataset.doc === 'xi-boric-lima-2024',
			[],
			'the results for coper',
		);
		await page.keyboard.press('ArrowDown');
		// go-app renders on its next frame: wait for it.
		await waitOrFail(
			page,
			() => {
				const active = document.getElementById('search-input')?.getAttribute('aria-activedescendant');
				const first = document.querySelector('#search-popup [role="option"]');
				return active && first && active === first.id && first.getAttribute('aria-selected') === 'true';
			},
			[],
			'ArrowDown making the first result active',
		);
		await page.keyboard.press('Enter');
		await waitOrFail(
			page,
			() => /\/doc\/xi-boric-lima-2024\/?$/.test(location.pathname) && /^#s-\d+$/.test(location.hash) &&
				document.getElementById(location.hash.slice(1))?.classList.contains('is-target'),
			[],
			'the reader at the matched sentence',
		);
		assert.equal(await page.evaluate(() => window.__probe), 1, 'opening a result reloaded the page');
		await assertPrefix(page, prefix, 'search result');
		const probe = `(() => {
			const el = document.getElementById(location.hash.slice(1));
			return { text: el?.innerText ?? '', scrollY, visible: el ? (${visibilityProbe})(el, { scroll: false }) : { ok: false } };
		})()`;
		try {
			await page.waitForFunction(`${probe}.visible.ok`, { timeout: 10_000, polling: 100 });
		} catch {
			// reported below
		}
		const target = await page.evaluate(probe);
		assert.ok(target.visible.ok, `the matched sentence is scrolled into view: ${target.visible.reason}`);
		assert.ok(target.scrollY > 0, `the sentence lies below the fold, so the reader scrolled (scrollY ${target.scrollY})`);
		assert.match(target.text, /copper/, 'the sentence opened is the one that matched');

		// Escape clears the field.
		await page.focus('#search-input');
		await page.keyboard.type('Chanc');
		await waitOrFail(page, () => document.querySelectorAll('#search-popup [role="option"]').length > 0, [], 'prefix results');
		await page.keyboard.press('Escape');
		assert.equal(await page.$eval('#search-input', (el) => el.value), '', 'Escape clears the field');
	});

	// A deep link restores the same results, in rank order, with filters.
	await withPage(origin, async (page) => {
		await page.goto(`${base}search?q=Chancai%20port`, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		await waitOrFail(page, () => document.querySelectorAll('#search-results [data-doc]').length > 0, [], 'results of the deep link');
		const docs = await page.$$eval('#search-results [data-doc]', (els) => els.map((e) => e.dataset.doc));
		assert.deepEqual(docs, ['xi-boluarte-beijing-2024'], 'Chancai port finds the one document about Chancay');
		assert.equal(await page.$eval('#search-input', (el) => el.value), 'Chancai port', 'the field shows the query');

		// Typing on the search page updates the results and the address.
		await page.$eval('#search-input', (el) => {
			el.focus();
			el.select();
		});
		await page.keyboard.type('electic vehicles');
		await waitOrFail(
			page,
			() => new URLSearchParams(location.search).get('q') === 'electic vehicles' &&
				document.querySelector('#search-results [data-doc]')?.dataset.doc === 'xi-lopez-obrador-apec-2023',
			[],
			'results and address following the typing',
		);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await waitOrFail(page, () => /\/doc\/xi-lopez-obrador-apec-2023\/?$/.test(location.pathname), [], 'the reader from the search page');
		await page.goBack();
		await waitOrFail(page, () => document.querySelectorAll('#search-results [data-doc]').length > 0, [], 'results after going back');

		// A query pasted far over the bounds: the page says it was cut, and
		// the address carries what was searched, not all that was pasted.
		await page.$eval('#search-input', (el) => {
			el.focus();
			el.value = 'copper '.repeat(1500);
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await waitOrFail(
			page,
			() => /first 200 characters and 24 words/.test(document.querySelector('.cut-notice')?.textContent ?? '') &&
				(new URLSearchParams(location.search).get('q') ?? '').split(' ').length === 24,
			[],
			'the cut said, and the address holding the query as searched',
		);

		// Escape on the search page empties the field, the results and the address.
		await page.focus('#search-input');
		await page.keyboard.press('Escape');
		await waitOrFail(
			page,
			() => document.getElementById('search-input').value === '' &&
				document.querySelectorAll('#search-results [data-doc]').length === 0 &&
				!new URLSearchParams(location.search).has('q'),
			[],
			'Escape clearing the search page',
		);
	});

	// Every result of a query many documents match, in the engine's order.
	const engine = execFileSync('go', ['run', './cmd/wasm', 'search', '-limit', '50', 'Xi'], { cwd: REPO, encoding: 'utf8' })
		.split('\n')
		.filter(Boolean);
	assert.ok(engine.length > 2, `the engine finds several documents for Xi: ${engine}`);
	await withPage(origin, async (page) => {
		await page.goto(`${base}search?q=Xi`, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		await waitOrFail(page, () => document.querySelectorAll('#search-results [data-doc]').length > 0, [], 'results for Xi');
		const docs = await page.$$eval('#search-results [data-doc]', (els) => els.map((e) => e.dataset.doc));
		assert.deepEqual(docs, engine, 'the results for Xi, in the order the engine ranks them');
	});
}

/**
 * j: the comparison: change the countries, open a matrix cell, follow a
 * sentence, come back, and download the matrix as CSV.
 */
async function compareJourney(base, origin, prefix) {
	const downloads = await mkdtemp(path.join(os.tmpdir(), 'e2e-download-'));
	const contextOptions = { downloadBehavior: { policy: 'allow', downloadPath: downloads } };
	await withPage(origin, async (page) => {
		await page.goto(`${base}compare`, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		const columns = () => page.$$eval('.profile[data-country]', (els) => els.map((e) => e.dataset.country));
		assert.deepEqual(await columns(), ['cl', 'pe', 'mx'], 'the default comparison is Chile, Peru, Mexico');
		await page.evaluate(() => {
			window.__probe = 1;
		});

		// Add Argentina: the columns follow, and so does the address.
		await page.click('.chooser a[data-country="ar"]');
		await waitOrFail(page, () => document.querySelectorAll('.profile[data-country]').length === 4, [], 'a fourth column');
		assert.deepEqual(await columns(), ['cl', 'pe', 'mx', 'ar']);
		assert.match(await page.evaluate(() => location.search), /countries=cl,pe,mx,ar/);
		assert.equal(await page.evaluate(() => window.__probe), 1, 'changing the countries reloaded the page');

		// Open the cell of a theme and a country; it lists as many sentences as it says.
		const cell = await page.$eval('.matrix td.cell[data-country="mx"] a', (a) => ({ n: Number(a.textContent), href: a.getAttribute('href') }));
		await page.click('.matrix td.cell[data-country="mx"] a');
		await waitOrFail(page, () => document.querySelector('#theme-evidence section[data-country="mx"] .kwic li'), [], 'the sentences of the cell');
		const listed = await page.$$eval('#theme-evidence section[data-country="mx"] .kwic li', (els) => els.length);
		assert.equal(listed, cell.n, 'the cell lists as many sentences as it counts');
		assert.match(await page.evaluate(() => location.search), /theme=.*in=mx|in=mx.*theme=/, 'the chosen cell is in the address');

		// Follow a sentence to the reader, then come back to the same view.
		await page.click('#theme-evidence .kwic li a');
		await waitOrFail(page, () => /\/doc\/[^/]+\/?$/.test(location.pathname) && /^#s-\d+$/.test(location.hash), [], 'the reader at the sentence');
		await assertPrefix(page, prefix, 'evidence sentence');
		const marked = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.classList.contains('is-target'));
		assert.ok(marked, 'the evidence sentence is marked in the reader');
		await page.goBack();
		await waitOrFail(page, () => document.querySelectorAll('.profile[data-country]').length === 4 && document.querySelector('#theme-evidence'), [], 'the comparison restored by Back');

		// Download the matrix as CSV, made in the browser.
		await page.click('.exports button[data-file$="-themes.csv"]');
		const file = path.join(downloads, 'china-cl-pe-mx-ar-themes.csv');
		const deadline = Date.now() + 30_000;
		while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
		assert.ok(existsSync(file), `the CSV was downloaded as ${file}`);
		const csv = await readFile(file, 'utf8');
		assert.match(csv.split(/\r?\n/)[0], /^theme_id,theme,cl,pe,mx,ar,total,difference,coverage$/, 'the CSV header');
		assert.ok(csv.split(/\r?\n/).length > 5, 'the CSV has a row per theme');
	}, { contextOptions });
	await rm(downloads, { recursive: true, force: true });
}

async function pickDocId(base) {
	const html = await fetchText(new URL('docs', base).href);
	const ids = [...html.matchAll(/<li\b[^>]*\bdata-doc="([^"]+)"/g)].map((m) => m[1]);
	assert.ok(ids.length > 0, `the prerendered library ${base}docs lists li[data-doc]`);
	return ids.includes(PREFERRED_DOC) ? PREFERRED_DOC : ids[0];
}

/** Loads `url` directly and waits for the reader of `id`. */
async function deepLinkDoc(page, url, id) {
	const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
	assert.ok(res.ok(), `GET ${url}: ${res.status()}`);
	await waitForApp(page, { timeout: APP_TIMEOUT });
	await waitOrFail(page, (id) => document.querySelector(`article[data-doc="${id}"]`), [id], `article[data-doc=${q(id)}] at ${url}`);
	if (KNOWN_SENTENCES[id]) {
		const text = norm(await page.$eval(`article[data-doc=${q(id)}]`, (a) => a.innerText));
		assert.ok(text.includes(KNOWN_SENTENCES[id]), `${url} shows ${q(KNOWN_SENTENCES[id])}`);
	}
}

// ------------------------------------------------------------------ suites

describe('site at /', { timeout: TEST_TIMEOUT * 6 }, () => {
	let site;
	before(async () => {
		site = await serve(DIST);
	});
	after(async () => {
		await site?.stop();
	});

	it('a. home: prerendered content visible before the wasm, then the app starts', { timeout: TEST_TIMEOUT }, async () => {
		await homeJourney(site.url, site.origin, 'root');
	});

	it('b. library -> reader -> sentence anchor, navigating in-app', { timeout: TEST_TIMEOUT }, async () => {
		await readingJourney(site.url, site.origin, '/', 'root');
	});

	it('c. deep links: /doc/<id> and /docs?country=mx', { timeout: TEST_TIMEOUT }, async () => {
		const id = await pickDocId(site.url);
		await withPage(site.origin, async (page) => {
			await page.goto(`${site.url}docs`, { waitUntil: 'domcontentloaded' });
			await waitForApp(page, { timeout: APP_TIMEOUT });
			const all = await page.$$eval('li[data-doc]', (els) => els.map((e) => e.dataset.doc));
			assert.ok(all.length >= 2, `the unfiltered library lists several documents (found ${all.length})`);

			await deepLinkDoc(page, `${site.url}doc/${id}`, id);

			const filtered = `${site.url}docs?country=mx`;
			const res = await page.goto(filtered, { waitUntil: 'domcontentloaded' });
			assert.ok(res.ok(), `GET ${filtered}: ${res.status()}`);
			await waitForApp(page, { timeout: APP_TIMEOUT });
			try {
				await page.waitForFunction(
					(total) => {
						const n = document.querySelectorAll('li[data-doc]').length;
						return n >= 1 && n < total;
					},
					{ timeout: 30_000, polling: 200 },
					all.length,
				);
			} catch {
				const n = await page.$$eval('li[data-doc]', (els) => els.length);
				assert.fail(`${filtered}: want 1..${all.length - 1} li[data-doc] (of ${all.length} unfiltered), found ${n}`);
			}
			const mx = await page.$$eval('li[data-doc]', (els) => els.map((e) => e.dataset.doc));
			if (all.includes(PREFERRED_DOC)) {
				assert.ok(mx.includes(PREFERRED_DOC), `${PREFERRED_DOC} (Xi and López Obrador) is among the documents mentioning Mexico`);
			}
			assert.ok(mx.every((d) => all.includes(d)), 'the filtered list is a subset of the library');
		});
	});

	it('d. scripts off: the document text is in the page and visible', { timeout: TEST_TIMEOUT }, async (t) => {
		const id = await pickDocId(site.url);
		const url = `${site.url}doc/${id}`;
		const article = `article[data-doc=${q(id)}]`;
		const check = async (page) => {
			assert.ok(await page.$(article), `${url} has ${article} without scripts`);
			const text = norm(await page.$eval(article, (a) => a.innerText));
			if (KNOWN_SENTENCES[id]) assert.ok(text.includes(KNOWN_SENTENCES[id]), `the text shows ${q(KNOWN_SENTENCES[id])}`);
			else assert.ok(text.length > 0, 'the article shows text');
			const first = `${article} [id^="s-"]`;
			assert.ok(await page.$(first), `a sentence ${first}`);
			await screenshot(page, 'root-doc-without-wasm.png');
			const vis = await page.$eval(first, visibilityProbe);
			assert.ok(vis.ok, `the first sentence must be visible without the wasm: ${vis.reason}`);
		};

		let evaluateWorks = true;
		await withPage(site.origin, async (page) => {
			await page.setJavaScriptEnabled(false);
			const res = await page.goto(url, { waitUntil: 'load' });
			assert.ok(res.ok(), `GET ${url}: ${res.status()}`);
			try {
				await page.evaluate(() => 1);
			} catch {
				evaluateWorks = false;
			}
			if (evaluateWorks) await check(page);
		});
		if (evaluateWorks) {
			t.diagnostic('checked with JavaScript disabled');
			return;
		}
		t.diagnostic('page.evaluate fails with JavaScript disabled: checking with app.js and the wasm blocked instead');

		// Equivalent for the loader: scripts on, but app.js and the wasm never arrive.
		const blocked = (u) => /(^|\/)(app\.js|app\.wasm|wasm_exec\.js)$/.test(new URL(u).pathname);
		await withPage(
			site.origin,
			async (page) => {
				await page.setRequestInterception(true);
				page.on('request', (req) => {
					if (req.isInterceptResolutionHandled()) return;
					if (blocked(req.url())) req.abort('blockedbyclient').catch(() => {});
					else req.continue().catch(() => {});
				});
				const res = await page.goto(url, { waitUntil: 'load' });
				assert.ok(res.ok(), `GET ${url}: ${res.status()}`);
				await check(page);
			},
			{ watchOptions: { ignore: (p) => p.url && blocked(p.url) } },
		);
	});

	it('f. no foreign URLs in the shipped text files', async () => {
		const offenders = [];
		let scanned = 0;
		const walk = async (dir) => {
			for (const ent of await readdir(dir, { withFileTypes: true })) {
				const p = path.join(dir, ent.name);
				if (ent.isDirectory()) await walk(p);
				else if (ent.isFile() && SCANNED_EXTENSIONS.has(path.extname(ent.name).toLowerCase())) {
					scanned++;
					const text = await readFile(p, 'utf8');
					for (const m of text.matchAll(/https?:\/\/[^\s"'`<>()\\,;{}[\]]*/gi)) {
						const raw = m[0].replace(/[.:]+$/, '');
						if (NAMESPACE_URLS.has(raw)) continue;
						let host = null;
						try {
							host = new URL(raw).hostname;
						} catch {}
						if (host === 'localhost' || host === '127.0.0.1') continue;
						offenders.push(`${path.relative(DIST, p)}: ${raw}`);
					}
				}
			}
		};
		await walk(DIST);
		assert.ok(scanned > 0, `scanned no file in ${DIST}`);
		assert.deepEqual([...new Set(offenders)], [], `foreign URLs in ${DIST} (file: URL)`);
	});

	it('i. search with a typo, keyboard through the results, open one at its sentence', { timeout: TEST_TIMEOUT }, async () => {
		await searchJourney(site.url, site.origin, '/');
	});

	it('j. compare: change the countries, open a cell, follow a sentence, export CSV', { timeout: TEST_TIMEOUT }, async () => {
		await compareJourney(site.url, site.origin, '/');
	});

	it('h. every page fits 320 px and 1280 px, in light and dark, with no horizontal scroll', { timeout: TEST_TIMEOUT }, async () => {
		const id = await pickDocId(site.url);
		const pages = ['', 'docs', 'docs?country=cl', 'about', `doc/${id}`, 'search', 'search?q=Pinera', 'compare', 'compare?countries=cl,pe,mx,ar&theme=trade'];
		await withPage(site.origin, async (page) => {
			for (const scheme of ['light', 'dark']) {
				await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
				for (const width of [320, 1280]) {
					await page.setViewport({ width, height: 800 });
					for (const rel of pages) {
						await page.goto(`${site.url}${rel}`, { waitUntil: 'domcontentloaded' });
						await waitForApp(page, { timeout: APP_TIMEOUT });
						const { scrollWidth, clientWidth, bg, fg } = await page.evaluate(() => ({
							scrollWidth: document.documentElement.scrollWidth,
							clientWidth: document.documentElement.clientWidth,
							bg: getComputedStyle(document.body).backgroundColor,
							fg: getComputedStyle(document.body).color,
						}));
						assert.ok(scrollWidth <= clientWidth, `/${rel} at ${width} px (${scheme}) scrolls sideways: ${scrollWidth} > ${clientWidth}`);
						const dark = luminance(bg) < luminance(fg);
						assert.equal(dark, scheme === 'dark', `/${rel} (${scheme}): background ${bg}, text ${fg}`);
					}
					if (width === 320) await screenshot(page, `root-reader-320-${scheme}.png`);
				}
			}
		});
	});

	// go-app does not hydrate: any difference between the two renders makes
	// the text jump when the wasm takes over.
	it('g. every page reads the same prerendered and in the running app', { timeout: TEST_TIMEOUT }, async () => {
		const id = await pickDocId(site.url);
		const blocks = (root) =>
			[...root.querySelectorAll('h1, h2, h3, p, li, dt, dd, th, td, [id^="s-"]')].map((e) => e.innerText.replace(/\s+/g, ' ').trim());
		// Only prerendered addresses: a query such as ?country=mx is answered
		// by the static page of its path, which the app then filters.
		for (const rel of ['', 'docs', 'about', `doc/${id}`, 'search', 'compare']) {
			const url = `${site.url}${rel}`;
			let pre;
			await withPage(site.origin, async (page) => {
				await page.setJavaScriptEnabled(false);
				await page.goto(url, { waitUntil: 'load' });
				pre = await page.$eval('main', blocks);
			});
			let live;
			await withPage(site.origin, async (page) => {
				await page.goto(url, { waitUntil: 'domcontentloaded' });
				await waitForApp(page, { timeout: APP_TIMEOUT });
				live = await page.$eval('main', blocks);
			});
			assert.ok(pre.length > 0, `/${rel}: no text blocks prerendered`);
			const diffs = pre.map((text, i) => ({ i, prerendered: text, running: live[i] })).filter((d) => d.prerendered !== d.running);
			assert.equal(live.length, pre.length, `/${rel}: same number of text blocks in both renders`);
			assert.deepEqual(diffs.slice(0, 5), [], `/${rel}: ${diffs.length} block(s) differ between the renders (first 5 shown)`);
		}
	});
});

const prefixedMissing = !existsSync(path.join(DIST_PREFIXED, 'index.html'));
const prefixedSkip = prefixedMissing
	? `no sub-path build at ${DIST_PREFIXED} (make it with \`make build BASE=${PREFIX} DIST=dist-prefixed\`, or set DIST_PREFIXED)`
	: false;
if (prefixedSkip) console.log(`skipping the sub-path journeys: ${prefixedSkip}`);

describe(`site under ${PREFIX}`, { skip: prefixedSkip, timeout: TEST_TIMEOUT * 4 }, () => {
	let site;
	before(async () => {
		site = await serve(DIST_PREFIXED, { prefix: PREFIX });
	});
	after(async () => {
		await site?.stop();
	});

	it('e1. prerendered pages reference only paths under the prefix', async () => {
		for (const rel of ['', 'docs']) {
			const html = await fetchText(new URL(rel, site.url).href);
			const bad = [...html.matchAll(/\b(?:href|src|action)="(\/[^"]*)"/g)]
				.map((m) => m[1])
				.filter((u) => !u.startsWith('//') && !underPrefix(u.split(/[?#]/)[0], PREFIX));
			assert.deepEqual([...new Set(bad)], [], `${site.url}${rel}: root-relative URLs without the prefix ${PREFIX}`);
		}
	});

	it('e2. home under the prefix: visible before the wasm, then the app starts', { timeout: TEST_TIMEOUT }, async () => {
		await homeJourney(site.url, site.origin, 'prefixed');
	});

	it('e3. library -> reader -> sentence anchor keep the prefix', { timeout: TEST_TIMEOUT }, async () => {
		await readingJourney(site.url, site.origin, PREFIX, 'prefixed');
	});

	it('e5. search under the prefix', { timeout: TEST_TIMEOUT }, async () => {
		await searchJourney(site.url, site.origin, PREFIX);
	});

	it('e6. compare under the prefix', { timeout: TEST_TIMEOUT }, async () => {
		await compareJourney(site.url, site.origin, PREFIX);
	});

	it('e4. deep link under the prefix', { timeout: TEST_TIMEOUT }, async () => {
		const id = await pickDocId(site.url);
		await withPage(site.origin, async (page) => {
			await deepLinkDoc(page, `${site.url}doc/${id}`, id);
			await assertPrefix(page, PREFIX, 'deep link');
		});
	});
});
