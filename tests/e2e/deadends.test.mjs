// No dead ends, in each engine of lib/engines.mjs: an unknown address, an
// unknown document and a tampered address get a page that helps; a browser
// without WebAssembly gets the prerendered text and a note; a panic in the
// app gets a notice with Reload; stale and half-filled caches mend
// themselves. The environment variables are those of lib/journey.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { visibilityProbe, waitForApp } from './lib/app.mjs';
import { ENGINES, lacks, launchEngine, serveFor } from './lib/engines.mjs';
import { serveWithGo } from './lib/goserver.mjs';
import { APP_TIMEOUT, DIST, inFreshContext, missing, norm, REPO, TEST_TIMEOUT, waitOrFail } from './lib/journey.mjs';

// The engine of the suite that runs now, and its browser and site.
let engine;
let browser;
let site;

const withPage = (fn, opts) => inFreshContext(browser, site.origin, fn, opts);

/** Loads rel of the site and waits for the app. */
async function open(page, rel) {
	await page.goto(site.url + rel, { waitUntil: 'domcontentloaded' });
	await waitForApp(page, { timeout: APP_TIMEOUT });
}

/** Waits until the service worker controls the page and has cached the site. */
async function offlineReady(page) {
	await waitOrFail(page, () => document.documentElement.dataset.offline === 'ready', [], 'the site cached for offline use');
}

/**
 * What the not-found page shows, once the app has rendered it for the
 * address: its heading is h1 and its search holds query (the prerendered
 * 404.html, shown first, has neither).
 */
async function notFoundPage(page, h1, query) {
	await waitOrFail(
		page,
		(h1, query) =>
			document.querySelector('[data-app="running"] main h1')?.innerText === h1 &&
			document.querySelector('main form[role="search"] input[name="q"]')?.value === query,
		[h1, query],
		`the page "${h1}" with a search for "${query}"`,
	);
	return page.evaluate(() => ({
		h1: document.querySelector('main h1').innerText,
		text: document.querySelector('main').innerText,
		query: document.querySelector('main form[role="search"] input[name="q"]')?.value ?? null,
		links: [...document.querySelectorAll('main a[href]')].map((a) => new URL(a.href).pathname),
		app: document.querySelector('[data-app]')?.dataset.app,
	}));
}

// Addresses a reader may tamper with, and the page each must still show.
const TAMPERED = [
	{ rel: 'search?q=%zz%E0%A4%', h1: 'Search' },
	{ rel: 'compare?countries=%%%,cl,pe&sort=%', h1: /Chile/ },
	{ rel: 'docs?country=%ZZ&focus=%00', h1: 'Library' },
	{ rel: 'doc/%E0%A4%A#s-%zz', h1: 'Document not found' },
	{ rel: 'doc/xi-boric-lima-2024#s-99999', h1: /Chile/ },
	{ rel: `search?q=${'x'.repeat(3000)}`, h1: 'Search' },
];

for (const name of ENGINES) {
	describe(`${name}: no dead ends`, { skip: missing(DIST), timeout: TEST_TIMEOUT * 4 }, () => {
		before(async () => {
			engine = name;
			browser = await launchEngine(name);
			site = await serveFor(name, DIST);
		});
		after(async () => {
			await browser?.close();
			await site?.stop();
		});

		it('an unknown address and an unknown document: what was asked, a search for it, the way back', { timeout: TEST_TIMEOUT }, async () => {
			await withPage(
				async (page) => {
					await open(page, '');
					await offlineReady(page); // python's server has no 404 page: the worker brings the site's
					await open(page, 'nowhere/boric-copper');
					const unknown = await notFoundPage(page, 'Page not found', 'boric copper');
					assert.match(unknown.text, /There is no page at “\/nowhere\/boric-copper”/);
					for (const p of ['/', '/docs', '/compare']) assert.ok(unknown.links.includes(p), `a link to ${p}: ${unknown.links}`);

					// The search form leads to the results for those words.
					await page.click('main form[role="search"] button[type="submit"]');
					await waitOrFail(page, () => /\/search\/?$/.test(location.pathname) && document.querySelectorAll('#search-results [data-doc]').length > 0, [], 'results for the words of the address');

					await open(page, 'doc/no-such-document');
					const doc = await notFoundPage(page, 'Document not found', 'no such document');
					assert.ok(doc.links.some((p) => p.startsWith('/doc/')), 'the documents it holds are listed');
				},
				// The host answers the unknown addresses 404, as it should.
				{ watchOptions: { ignore: (p) => /\/(nowhere\/boric-copper|doc\/no-such-document)\/?$/.test(p.url ?? p.text) || /Failed to load resource: .* 404/.test(p.text) } },
			);
		});

		it('a tampered address still shows its page, and the app keeps running', { timeout: TEST_TIMEOUT }, async () => {
			await withPage(
				async (page) => {
					for (const { rel, h1 } of TAMPERED) {
						await open(page, rel);
						await waitOrFail(
							page,
							(h1) => {
								const text = document.querySelector('main h1')?.innerText ?? '';
								return h1.startsWith('/') ? new RegExp(h1.slice(1, -1)).test(text) : text === h1;
							},
							[String(h1)],
							`/${rel.slice(0, 60)}: the heading ${h1}`,
						);
						const state = await page.evaluate(() => ({ app: document.querySelector('[data-app]')?.dataset.app, stopped: !!document.querySelector('.app-stopped') }));
						assert.deepEqual(state, { app: 'running', stopped: false }, `/${rel.slice(0, 60)}: the app runs`);
					}
				},
				{ watchOptions: { ignore: (p) => /\/doc\/%E0%A4%A/i.test(p.url ?? p.text) || /Failed to load resource: .* 404/.test(p.text) } },
			);
		});

		it('a panic in the app: a notice with Reload, and Reload starts it again', { timeout: TEST_TIMEOUT }, async () => {
			// After the Go program has stopped, go-app's own script still
			// calls into it and says so in the console: expected here.
			// (WebKit gives only the stack: a frame in wasm_exec.js.)
			const afterStop = (p) => /Go program has already exited|wasm_exec\.js/.test(p.text);
			await withPage(
				async (page) => {
					await open(page, 'compare');
					// goappNav is go-app's hook for navigating from JavaScript; called
					// without its argument, it panics in Go.
					await page.evaluate(() => window.goappNav());
					await waitOrFail(page, () => document.querySelector('.app-stopped[role="alert"] button'), [], 'the notice that the app stopped');
					const notice = await page.evaluate(() => ({
						text: document.querySelector('.app-stopped').innerText,
						focused: document.activeElement?.textContent,
					}));
					assert.match(notice.text, /stopped/);
					assert.equal(notice.focused, 'Reload', 'the Reload button has the focus');
					const vis = await page.$eval('.app-stopped button', visibilityProbe);
					assert.ok(vis.ok, `the Reload button is visible: ${vis.reason}`);
					await page.click('.app-stopped button');
					await waitOrFail(page, () => !document.querySelector('.app-stopped') && document.querySelector('[data-app="running"]'), [], 'the app running again after Reload');
					assert.match(await page.evaluate(() => location.pathname), /\/compare\/?$/, 'on the same page');
				},
				{ watchOptions: { ignore: afterStop } },
			);
		});

		it('without WebAssembly: the prerendered text and a note that search and comparison need it', { timeout: TEST_TIMEOUT }, async () => {
			const noWasm = 'delete window.WebAssembly;';
			await withPage(async (page) => {
				if (lacks(engine, 'beforeScripts')) site.prelude(noWasm);
				else await page.evaluateOnNewDocument(noWasm);
				try {
					await page.goto(site.url + 'doc/xi-lopez-obrador-apec-2023', { waitUntil: 'load' });
					await new Promise((r) => setTimeout(r, 1000));
					const state = await page.evaluate(() => ({
						wasm: typeof WebAssembly,
						running: !!document.querySelector('[data-app="running"]'),
						text: document.querySelector('article[data-doc]')?.innerText ?? '',
						note: document.querySelector('.needs-app')?.innerText ?? '',
					}));
					assert.deepEqual([state.wasm, state.running], ['undefined', false], 'no WebAssembly, no app');
					assert.match(norm(state.text), /bilateral trade volume has increased 7,000 times/, 'the text is there');
					assert.match(state.note, /need a browser that runs JavaScript and WebAssembly/);
					for (const selector of ['.needs-app', 'article[data-doc] [id="s-3"]']) {
						const vis = await page.$eval(selector, visibilityProbe);
						assert.ok(vis.ok, `${selector} is visible: ${vis.reason}`);
					}
				} finally {
					site.prelude?.('');
				}
			});
		});

		it('with WebAssembly the note is not shown', { timeout: TEST_TIMEOUT }, async () => {
			await withPage(async (page) => {
				await open(page, 'about');
				assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.needs-app')).display), 'none');
			});
		});

		it('stale and half-filled caches mend themselves', { timeout: TEST_TIMEOUT }, async () => {
			await withPage(async (page) => {
				await open(page, '');
				await offlineReady(page);
				const { version, removed } = await page.evaluate(async () => {
					const version = goappGetenv('GOAPP_VERSION');
					// A cache an older build left behind…
					const stale = await caches.open('app-0123456789abcdef');
					await stale.put(new URL('stale.txt', location.href).href, new Response('old'));
					// …and this build's cache with entries gone.
					const cache = await caches.open('app-' + version);
					const keys = (await cache.keys()).map((r) => r.url);
					const removed = keys.filter((u) => /\/(about\/|web\/style\.css|404\.html)$/.test(u));
					await Promise.all(removed.map((u) => cache.delete(u)));
					return { version, removed };
				});
				assert.equal(removed.length, 3, `three entries taken out: ${removed}`);
				await open(page, 'docs');
				await offlineReady(page);
				const state = await page.evaluate(async (removed) => {
					const cache = await caches.open('app-' + goappGetenv('GOAPP_VERSION'));
					return {
						caches: await caches.keys(),
						back: await Promise.all(removed.map((u) => cache.match(u).then(Boolean))),
					};
				}, removed);
				assert.deepEqual(state.caches, [`app-${version}`], 'only the cache of this build remains');
				assert.deepEqual(state.back, removed.map(() => true), 'the missing entries are back');
			});
		});
	});
}

describe('make run: unknown addresses', { skip: missing(DIST) }, () => {
	let server;
	before(async () => {
		server = await serveWithGo(REPO, DIST);
	});
	after(async () => {
		await server?.stop();
	});
	it('are answered 404 with the site\'s page for them', async () => {
		for (const rel of ['nowhere', 'doc/no-such-document/extra', 'web/missing.css']) {
			const res = await fetch(server.url + rel);
			const body = await res.text();
			assert.equal(res.status, 404, `/${rel}`);
			assert.match(body, /<h1>Page not found<\/h1>/, `/${rel}: the site's 404.html`);
		}
	});
});
