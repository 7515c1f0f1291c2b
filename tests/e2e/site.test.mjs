// End-to-end journeys through the built static site, in each engine of
// lib/engines.mjs (Chromium, Firefox ESR, WebKitGTK): a step an engine's
// driver cannot take headless is skipped with the reason, by name. The
// environment variables are those of lib/journey.mjs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { isRunning, visibilityProbe, waitForApp } from './lib/app.mjs';
import { ENGINES, lacks, launchEngine, serveFor } from './lib/engines.mjs';
import {
	APP_TIMEOUT,
	DIST,
	DIST_PREFIXED,
	HERE,
	inFreshContext,
	luminance,
	norm,
	PREFIX,
	REPO,
	TEST_TIMEOUT,
	typeSearch,
	waitOrFail,
} from './lib/journey.mjs';
import { serve } from './lib/server.mjs';

const ARTIFACTS = path.join(HERE, 'artifacts');


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

// The engine of the suite that runs now, and its browser: the suites of
// this file run one after the other.
let engine;
let browser;

before(async () => {
	if (!existsSync(path.join(DIST, 'index.html'))) {
		throw new Error(`no built site: ${path.join(DIST, 'index.html')} is missing (run \`make build\`, or set DIST)`);
	}
	await rm(ARTIFACTS, { recursive: true, force: true }); // no stale screenshots
	await mkdir(ARTIFACTS, { recursive: true });
});

/** Launches `name` for the tests of the suite it is called in. */
function useEngine(name) {
	before(async () => {
		engine = name;
		browser = await launchEngine(name);
	});
	after(async () => {
		await browser?.close();
		browser = undefined;
	});
}

/** The skip option of a step `name` cannot take (node:test prints the reason). */
const skipUnless = (name, capability) => (lacks(name, capability) ? `${name}: ${lacks(name, capability)}` : false);

/** Runs fn(page, watcher) in a fresh context of the suite's browser. */
const withPage = (origin, fn, opts) => inFreshContext(browser, origin, fn, opts);

async function screenshot(page, name) {
	await page.screenshot({ path: path.join(ARTIFACTS, `${engine}-${name}`) }).catch(() => {});
}

// The app's own files: a page without them is the page as prerendered.
const APP_FILES = /(^|\/)(app\.js|app\.wasm|wasm_exec\.js)$/;
const isAppFile = (u) => APP_FILES.test(new URL(u).pathname);

/**
 * Opens url as a reader without the app sees it, by the best means the
 * engine has: scripts off, else app.js and the wasm blocked by the driver,
 * else by the server (lib/recorder.mjs). Returns how, for the test's log.
 */
async function openWithoutApp(page, site, url) {
	if (!lacks(engine, 'scriptsOff')) {
		await page.setJavaScriptEnabled(false);
		const res = await page.goto(url, { waitUntil: 'load' });
		assert.ok(res.ok(), `GET ${url}: ${res.status()}`);
		return 'scripts off';
	}
	if (!lacks(engine, 'interception')) {
		await page.setRequestInterception(true);
		page.on('request', (req) => {
			if (req.isInterceptResolutionHandled()) return;
			if (isAppFile(req.url())) req.abort('blockedbyclient').catch(() => {});
			else req.continue().catch(() => {});
		});
		const res = await page.goto(url, { waitUntil: 'load' });
		assert.ok(res.ok(), `GET ${url}: ${res.status()}`);
		return 'app.js and the wasm blocked by the driver';
	}
	const unblock = site.block(APP_FILES);
	try {
		const res = await page.goto(url, { waitUntil: 'load' });
		assert.ok(res.ok(), `GET ${url}: ${res.status()}`);
	} finally {
		unblock();
	}
	return 'app.js and the wasm refused by the server';
}

/** Watch options that forgive what openWithoutApp refuses on purpose. */
const withoutAppWatch = { ignore: (p) => p.url && isAppFile(p.url) };

async function fetchText(url) {
	const res = await fetch(url);
	assert.ok(res.ok, `GET ${url}: ${res.status}`);
	return res.text();
}

// ---------------------------------------------------------------- journeys

/** a: the home page is readable before the wasm and the app then starts. */
async function homeJourney(site, label) {
	const { url: base, origin } = site;
	const html = await fetchText(base);
	assert.match(html, /<title>[^<]*\S[^<]*<\/title>/, 'the prerendered page has a non-empty <title>');
	assert.match(html, /<h1\b/, 'the prerendered page has an <h1>');
	assert.doesNotMatch(html, /data-app="running"/, 'data-app="running" must be set only by the browser render');

	await withPage(origin, async (page) => {
		// Hold app.wasm back until the prerendered page has been looked at:
		// in the driver, or else in the server.
		let release;
		if (lacks(engine, 'interception')) {
			release = site.hold(/\.wasm$/);
		} else {
			await page.setRequestInterception(true);
			const gate = new Promise((r) => (release = r));
			page.on('request', (req) => {
				if (req.isInterceptResolutionHandled()) return;
				if (/\.wasm(\?|$)/.test(new URL(req.url()).pathname)) gate.then(() => req.continue().catch(() => {}));
				else req.continue().catch(() => {});
			});
		}

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
		assert.equal(await typeSearch(page, 'Boluatre', { delay: 30 }), 'xi-boluarte-beijing-2024', 'a transposed name finds its document first');
		assert.match(await page.$eval('#search-popup', (el) => el.innerText), /Boluarte/, 'the matched word is shown');
		assert.ok(await page.$('#search-popup mark.hit'), 'the word matched through a typo is marked');
		assert.equal(await page.$eval('#search-input', (el) => el.getAttribute('aria-expanded')), 'true');
		assert.equal(await page.$eval('#search-input', (el) => el.getAttribute('aria-controls')), 'search-popup');
		assert.match(await page.$eval('.search-box [role="status"]', (el) => el.textContent), /document/, 'the result count is announced');

		// A word whose sentence stands far down its document: the reader
		// must scroll to it.
		await page.keyboard.press('Escape');
		// The results of "cop" and "cope" lead with the same document: wait
		// for those of the whole word, or they replace the active one later.
		assert.equal(await typeSearch(page, 'coper', { delay: 30 }), 'xi-boric-lima-2024', 'a misspelt word finds its document first');
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
		await page.evaluate(() => history.back());
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
	const ranked = execFileSync('go', ['run', './cmd/wasm', 'search', '-limit', '50', 'Xi'], { cwd: REPO, encoding: 'utf8' })
		.split('\n')
		.filter(Boolean);
	assert.ok(ranked.length > 2, `the engine finds several documents for Xi: ${ranked}`);
	await withPage(origin, async (page) => {
		await page.goto(`${base}search?q=Xi`, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		await waitOrFail(page, () => document.querySelectorAll('#search-results [data-doc]').length > 0, [], 'results for Xi');
		const docs = await page.$$eval('#search-results [data-doc]', (els) => els.map((e) => e.dataset.doc));
		assert.deepEqual(docs, ranked, 'the results for Xi, in the order the engine ranks them');
	});
}

/**
 * j: the comparison: change the countries, open a matrix cell, follow a
 * sentence, come back, download the matrix as CSV and the evidence as JSON,
 * sort the themes and go Back and Forward, print, read at 375 px, check the
 * matrix's contrast, and ask for an unknown country.
 */
async function compareJourney(base, origin, prefix) {
	const downloads = await mkdtemp(path.join(os.tmpdir(), 'e2e-download-'));
	const contextOptions = lacks(engine, 'downloads') ? {} : { downloadBehavior: { policy: 'allow', downloadPath: downloads } };
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
		await page.evaluate(() => history.back());
		await waitOrFail(page, () => document.querySelectorAll('.profile[data-country]').length === 4 && document.querySelector('#theme-evidence'), [], 'the comparison restored by Back');

		// Download the matrix as CSV, made in the browser.
		const csv = await offered(page, '.exports button[data-file$="-themes.csv"]', downloads, 'china-cl-pe-mx-ar-themes.csv');
		assert.match(csv.split(/\r?\n/)[0], /^theme_id,theme,cl,pe,mx,ar,total,difference,coverage$/, 'the CSV header');
		assert.ok(csv.split(/\r?\n/).length > 5, 'the CSV has a row per theme');

		// Every piece of evidence as JSON: sentences with their documents and anchors.
		const rows = JSON.parse(await offered(page, '.exports button[data-file$="-evidence.json"]', downloads, 'china-cl-pe-mx-ar-evidence.json'));
		assert.ok(Array.isArray(rows) && rows.length > 20, `the evidence JSON lists the evidence (${rows.length} rows)`);
		for (const r of rows) {
			assert.ok(typeof r.doc === 'string' && r.doc && Number.isInteger(r.sentence) && r.sentence > 0, `a row without a sentence: ${JSON.stringify(r)}`);
			assert.equal(r.link, `/doc/${r.doc}#s-${r.sentence}`, 'each row links to its sentence');
			assert.ok(r.text && r.country && r.section, `a row without text, country or section: ${JSON.stringify(r)}`);
		}
		const sections = new Set(rows.map((r) => r.section));
		for (const s of ['milestone', 'term', 'quote', 'theme', 'figure']) assert.ok(sections.has(s), `the evidence has ${s}s`);

		// Sort the themes: the address says so, and Back and Forward restore it.
		const order = () => page.$$eval('.matrix tbody tr', (trs) => trs.map((tr) => tr.dataset.theme).join(' '));
		const byTotal = await order();
		await page.click('nav[aria-label="Sort the themes"] a[href*="sort=name"]');
		await waitOrFail(page, () => /[?&]sort=name\b/.test(location.search), [], 'sort=name in the address');
		const names = await page.$$eval('.matrix tbody th a', (as) => as.map((a) => a.textContent));
		assert.deepEqual(names, [...names].sort(), 'sorted by name');
		const byName = await order();
		assert.notEqual(byName, byTotal, 'the order changed');
		await page.evaluate(() => history.back());
		await waitOrFail(page, (want) => !/sort=/.test(location.search) && [...document.querySelectorAll('.matrix tbody tr')].map((tr) => tr.dataset.theme).join(' ') === want, [byTotal], 'Back restoring the order by total');
		await page.evaluate(() => history.forward());
		await waitOrFail(page, (want) => /sort=name/.test(location.search) && [...document.querySelectorAll('.matrix tbody tr')].map((tr) => tr.dataset.theme).join(' ') === want, [byName], 'Forward restoring the order by name');

		// A country the corpus does not know: the notice stays, the address is cleaned.
		await page.goto(`${base}compare?countries=cl,zz,pe`, { waitUntil: 'domcontentloaded' });
		await waitForApp(page, { timeout: APP_TIMEOUT });
		await waitOrFail(page, () => location.search === '?countries=cl,pe', [], 'the address without zz');
		assert.match(await page.$eval('.notice', (n) => n.innerText), /"zz"/, 'the notice says what was left out');
		assert.deepEqual(await columns(), ['cl', 'pe']);
	}, { contextOptions });
	await rm(downloads, { recursive: true, force: true });
}

/** Opens the comparison of four countries at width px, for the layout journeys. */
async function openFourCountries(page, site, width) {
	await page.setViewport({ width, height: 800 });
	await page.goto(`${site.url}compare?countries=cl,pe,mx,ar`, { waitUntil: 'domcontentloaded' });
	await waitForApp(page, { timeout: APP_TIMEOUT });
	await waitOrFail(page, () => document.querySelectorAll('.profile[data-country]').length === 4, [], 'four columns');
}

/** j2: at 375 px the matrix fits, and a link reached by keyboard leads to each stacked column. */
async function compareNarrowJourney(site) {
	await withPage(site.origin, async (page) => {
		await openFourCountries(page, site, 375);
		const fit = await page.evaluate(() => ({
			table: document.querySelector('.matrix').getBoundingClientRect().width,
			wrap: document.querySelector('.table-wrap').clientWidth,
			caption: document.querySelector('#matrix-caption').getBoundingClientRect().right,
		}));
		assert.ok(fit.table <= fit.wrap + 0.5 && fit.caption <= 375, `the matrix fits 375 px: ${JSON.stringify(fit)}`);
		await page.focus('.profile-jump a[href$="#profile-mx"]');
		await page.keyboard.press('Enter');
		await waitOrFail(page, () => location.hash === '#profile-mx', [], 'the link to the Mexico column');
		await waitOrFail(page, () => Math.abs(document.getElementById('profile-mx').getBoundingClientRect().top) < 80, [], 'the Mexico column scrolled to the top');
	});
}

/** j3: printed, the columns stand side by side, even from a phone. */
async function comparePrintedJourney(site) {
	await withPage(site.origin, async (page) => {
		await openFourCountries(page, site, 375);
		await page.emulateMediaType('print');
		const tops = await page.$$eval('.profile', (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
		assert.equal(tops.length, 4);
		assert.ok(tops.every((t) => Math.abs(t - tops[0]) <= 1), `printed, the columns share one top: ${tops}`);
	});
}

/** j4: the matrix's numbers keep a contrast of 4.5:1 on every shade. */
async function compareContrastJourney(site, scheme) {
	await withPage(site.origin, async (page) => {
		await emulateScheme(page, scheme);
		await openFourCountries(page, site, 1280);
		const low = await page.$$eval('.matrix td.cell a', (as) => {
			const channels = (c) => {
				const srgb = c.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/);
				return srgb ? srgb.slice(1, 4).map((v) => Number(v) * 255) : c.match(/[\d.]+/g).slice(0, 3).map(Number);
			};
			const lum = (c) => {
				const [r, g, b] = channels(c).map((v) => {
					v /= 255;
					return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r + 0.7152 * g + 0.0722 * b;
			};
			return as
				.map((a) => {
					const [x, y] = [lum(getComputedStyle(a).color), lum(getComputedStyle(a.parentElement).backgroundColor)];
					return { shade: a.parentElement.className, ratio: (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05) };
				})
				.filter((c) => c.ratio < 4.5);
		});
		assert.deepEqual(low, [], `${scheme}: matrix numbers under 4.5:1`);
		const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
		assert.equal(dark, scheme === 'dark', `the page is in ${scheme}`);
	});
}

/**
 * Clicks the export button and returns the file the page offers: its name
 * and text, read from the Blob the page hands to URL.createObjectURL (the
 * part of a download every engine's driver can see).
 */
async function exportOf(page, button) {
	await page.evaluate(() => {
		window.__exported = [];
		const create = URL.createObjectURL;
		URL.createObjectURL = function (blob) {
			const url = create.call(URL, blob);
			window.__exported.push({ blob, url });
			return url;
		};
		const click = HTMLAnchorElement.prototype.click;
		HTMLAnchorElement.prototype.click = function () {
			const e = window.__exported.find((x) => x.url === this.href);
			if (e) e.name = this.download;
			return click.call(this);
		};
	});
	await page.click(button);
	await waitOrFail(page, () => window.__exported.some((e) => e.name), [], `the file offered by ${button}`);
	return page.evaluate(async () => {
		const e = window.__exported.find((x) => x.name);
		return { name: e.name, type: e.blob.type, text: await e.blob.text() };
	});
}

/**
 * Offers the file of an export button and returns its text, checking its
 * name, and where the engine can observe downloads, the file downloaded.
 */
async function offered(page, button, downloads, want) {
	const { name, text } = await exportOf(page, button);
	assert.equal(name, want, `the name of the file ${button} offers`);
	if (!lacks(engine, 'downloads')) {
		const file = path.join(downloads, name);
		const deadline = Date.now() + 30_000;
		while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
		assert.ok(existsSync(file), `${name} was downloaded to ${downloads}`);
		assert.equal(await readFile(file, 'utf8'), text, 'the file downloaded holds what the page made');
	}
	return text;
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

const prefixedMissing = !existsSync(path.join(DIST_PREFIXED, 'index.html'));
const prefixedSkip = prefixedMissing
	? `no sub-path build at ${DIST_PREFIXED} (make it with \`make build BASE=${PREFIX} DIST=dist-prefixed\`, or set DIST_PREFIXED)`
	: false;
if (prefixedSkip) console.log(`skipping the sub-path journeys: ${prefixedSkip}`);

// What the build ships, read without a browser.
describe('the built files', () => {
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

	it('e1. prerendered pages under the prefix reference only paths under it', { skip: prefixedSkip }, async () => {
		const site = await serve(DIST_PREFIXED, { prefix: PREFIX });
		try {
			for (const rel of ['', 'docs']) {
				const html = await fetchText(new URL(rel, site.url).href);
				const bad = [...html.matchAll(/\b(?:href|src|action)="(\/[^"]*)"/g)]
					.map((m) => m[1])
					.filter((u) => !u.startsWith('//') && !underPrefix(u.split(/[?#]/)[0], PREFIX));
				assert.deepEqual([...new Set(bad)], [], `${site.url}${rel}: root-relative URLs without the prefix ${PREFIX}`);
			}
		} finally {
			await site.stop();
		}
	});
});

for (const name of ENGINES) {
	describe(`${name}: site at /`, { timeout: TEST_TIMEOUT * 8 }, () => {
		useEngine(name);
		let site;
		before(async () => {
			site = await serveFor(name, DIST);
		});
		after(async () => {
			await site?.stop();
		});

		it('a. home: prerendered content visible before the wasm, then the app starts', { timeout: TEST_TIMEOUT }, async () => {
			await homeJourney(site, 'root');
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

		it('d. without the app: the document text is in the page and visible', { timeout: TEST_TIMEOUT }, async (t) => {
			const id = await pickDocId(site.url);
			const url = `${site.url}doc/${id}`;
			const article = `article[data-doc=${q(id)}]`;
			await withPage(
				site.origin,
				async (page) => {
					const how = await openWithoutApp(page, site, url);
					t.diagnostic(`opened ${how}`);
					if (how === 'scripts off') {
						const note = await page.$eval('.needs-app', visibilityProbe);
						assert.ok(note.ok, `scripts off: the note that search and comparison need them is visible: ${note.reason}`);
					}
					assert.ok(await page.$(article), `${url} has ${article} without the app`);
					const text = norm(await page.$eval(article, (a) => a.innerText));
					if (KNOWN_SENTENCES[id]) assert.ok(text.includes(KNOWN_SENTENCES[id]), `the text shows ${q(KNOWN_SENTENCES[id])}`);
					else assert.ok(text.length > 0, 'the article shows text');
					const first = `${article} [id^="s-"]`;
					assert.ok(await page.$(first), `a sentence ${first}`);
					await screenshot(page, 'root-doc-without-wasm.png');
					const vis = await page.$eval(first, visibilityProbe);
					assert.ok(vis.ok, `the first sentence must be visible without the wasm: ${vis.reason}`);
				},
				{ watchOptions: withoutAppWatch },
			);
		});

		it('i. search with a typo, keyboard through the results, open one at its sentence', { timeout: TEST_TIMEOUT }, async () => {
			await searchJourney(site.url, site.origin, '/');
		});

		it('j. compare: countries, a cell, a sentence and back, exports, sort and history, an unknown country', { timeout: TEST_TIMEOUT }, async () => {
			await compareJourney(site.url, site.origin, '/');
		});

		it('j2. compare at 375 px: the matrix fits, a link reached by keyboard leads to each column', { skip: skipUnless(name, 'narrowViewport'), timeout: TEST_TIMEOUT }, async () => {
			await compareNarrowJourney(site);
		});

		it('j3. compare printed: the columns side by side, even from a phone', { skip: skipUnless(name, 'printMedia'), timeout: TEST_TIMEOUT }, async () => {
			await comparePrintedJourney(site);
		});

		for (const scheme of ['light', 'dark']) {
			it(`j4. compare in ${scheme}: every shade of the matrix keeps its number at 4.5:1`, { timeout: TEST_TIMEOUT }, async () => {
				await inScheme(scheme, () => compareContrastJourney(site, scheme));
			});
		}

		for (const scheme of ['light', 'dark']) {
			for (const width of [320, 1280]) {
				const skip = width < 400 && skipUnless(name, 'narrowViewport');
				it(`h. every page fits ${width} px in ${scheme}, with no horizontal scroll`, { skip, timeout: TEST_TIMEOUT }, async () => {
					await fitJourney(site, scheme, width);
				});
			}
		}

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
				await withPage(
					site.origin,
					async (page) => {
						await openWithoutApp(page, site, url);
						pre = await page.$eval('main', blocks);
					},
					{ watchOptions: withoutAppWatch },
				);
				let live;
				await withPage(site.origin, async (page) => {
					await page.goto(url, { waitUntil: 'domcontentloaded' });
					await waitForApp(page, { timeout: APP_TIMEOUT });
					// The app may take a frame or two to render the whole page.
					await page
						.waitForFunction(
							(n) => document.querySelectorAll('main :is(h1, h2, h3, p, li, dt, dd, th, td, [id^="s-"])').length >= n,
							{ timeout: 10_000, polling: 200 },
							pre.length,
						)
						.catch(() => {});
					live = await page.$eval('main', blocks);
				});
				assert.ok(pre.length > 0, `/${rel}: no text blocks prerendered`);
				const diffs = pre.map((text, i) => ({ i, prerendered: text, running: live[i] })).filter((d) => d.prerendered !== d.running);
				assert.equal(live.length, pre.length, `/${rel}: same number of text blocks in both renders`);
				assert.deepEqual(diffs.slice(0, 5), [], `/${rel}: ${diffs.length} block(s) differ between the renders (first 5 shown)`);
			}
		});
	});
}

/**
 * Runs fn with prefers-color-scheme set to scheme: emulated in the page by
 * the journey where the engine can, else in a browser of the engine launched
 * in that scheme for the purpose.
 */
async function inScheme(scheme, fn) {
	const own = lacks(engine, 'colorScheme') && scheme !== 'light' ? await launchEngine(engine, { colorScheme: scheme }) : null;
	const shared = browser;
	if (own) browser = own;
	try {
		await fn();
	} finally {
		browser = shared;
		await own?.close();
	}
}

/** Emulates scheme in page, where the engine can (see inScheme). */
async function emulateScheme(page, scheme) {
	if (!lacks(engine, 'colorScheme')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
}

/** h: every page at `width` px in `scheme` fits the width and has the colours of the scheme. */
async function fitJourney(site, scheme, width) {
	const id = await pickDocId(site.url);
	const pages = ['', 'docs', 'docs?country=cl', 'about', `doc/${id}`, 'search', 'search?q=Pinera', 'compare', 'compare?countries=cl,pe,mx,ar&theme=trade'];
	await inScheme(scheme, () => fitPages(site, scheme, width, pages));
}

async function fitPages(site, scheme, width, pages) {
	await withPage(site.origin, async (page) => {
		await emulateScheme(page, scheme);
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
		await screenshot(page, `root-compare-${width}-${scheme}.png`);
	});
}

for (const name of ENGINES) {
	describe(`${name}: site under ${PREFIX}`, { skip: prefixedSkip, timeout: TEST_TIMEOUT * 6 }, () => {
		useEngine(name);
		let site;
		before(async () => {
			site = await serveFor(name, DIST_PREFIXED, { prefix: PREFIX });
		});
		after(async () => {
			await site?.stop();
		});

		it('e2. home under the prefix: visible before the wasm, then the app starts', { timeout: TEST_TIMEOUT }, async () => {
			await homeJourney(site, 'prefixed');
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
}
