// Offline and updates, in each engine of lib/engines.mjs, against a plain
// static server (python3 -m http.server, or lib/recorder.mjs for WebKit):
// after one visit every page loads and works with the server STOPPED (at the
// root and under a prefix), and a new build deployed to the same place is
// announced, loaded on request, and leaves exactly one cache. The
// environment variables are those of lib/journey.mjs. The update test builds
// two sites that differ (the go toolchain, app.wasm from DIST, web/ with and
// without one extra file) into a temporary directory.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import { visibilityProbe, waitForApp } from './lib/app.mjs';
import { ENGINES, lacks, launchEngine, serveFor } from './lib/engines.mjs';
import {
	APP_TIMEOUT,
	DIST,
	DIST_PREFIXED,
	inFreshContext,
	missing,
	norm,
	PREFIX,
	REPO,
	TEST_TIMEOUT,
	typeSearch,
	waitOrFail,
} from './lib/journey.mjs';

const DOC = 'xi-lopez-obrador-apec-2023';
const SENTENCE = 'bilateral trade volume has increased 7,000 times';

// The engine of the suite that runs now, and its browser.
let engine;
let browser;

/** Runs fn(page, watcher) in a fresh context of the suite's browser. */
const withPage = (origin, fn, opts) => inFreshContext(browser, origin, fn, opts);

/** Waits until a service worker controls the page and the site is cached: the footer says so. */
async function waitForOffline(page) {
	await waitOrFail(page, () => !!navigator.serviceWorker.controller, [], 'a service worker controlling the page');
	await waitOrFail(
		page,
		() => document.documentElement.dataset.offline === 'ready',
		[],
		'html[data-offline="ready"] (the site cached for offline use)',
	);
	const note = await page.$eval('.site-footer .offline-note', visibilityProbe);
	assert.ok(note.ok, `the "Available offline" note is visible: ${note.reason}`);
	assert.equal(norm(await page.$eval('.site-footer .offline-note', (e) => e.innerText)), 'Available offline');
}

async function open(page, url) {
	const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
	assert.ok(res?.ok(), `GET ${url}: ${res?.status()}`);
	// (Where the driver cannot tell, the stopped server is the proof.)
	if (!lacks(engine, 'serviceWorkerResponses')) assert.ok(res.fromServiceWorker(), `${url} was answered by the service worker`);
	await waitForApp(page, { timeout: APP_TIMEOUT });
}

async function offlineJourney(dist, prefix) {
	const site = await serveFor(engine, dist, { prefix });
	let stopped = false;
	try {
		await withPage(site.origin, async (page) => {
			const res = await page.goto(site.url, { waitUntil: 'domcontentloaded' });
			assert.ok(res.ok(), `GET ${site.url}: ${res.status()}`);
			await waitForApp(page, { timeout: APP_TIMEOUT });
			await waitForOffline(page);

			await site.stop();
			stopped = true;
			const down = await fetch(site.url).then(() => false, () => true);
			assert.ok(down, 'the static server is stopped');

			// A document, reloaded.
			await open(page, `${site.url}doc/${DOC}`);
			await page.reload({ waitUntil: 'domcontentloaded' });
			await waitForApp(page, { timeout: APP_TIMEOUT });
			await waitOrFail(page, (id) => document.querySelector(`article[data-doc="${id}"]`), [DOC], 'the reader');
			assert.ok(norm(await page.$eval('article[data-doc]', (a) => a.innerText)).includes(SENTENCE));

			// The library, filtered by a query string no page was cached with.
			await open(page, `${site.url}docs?country=mx`);
			await waitOrFail(page, () => document.querySelectorAll('li[data-doc]').length > 0, [], 'the filtered library');
			const mx = await page.$$eval('li[data-doc]', (els) => els.map((e) => e.dataset.doc));
			assert.ok(mx.includes(DOC), `the documents naming Mexico include ${DOC} (got ${mx})`);
			assert.ok(mx.length < 5, `the library is filtered (got ${mx.length} documents)`);

			// A sentence link.
			await open(page, `${site.url}doc/${DOC}#s-3`);
			await waitOrFail(
				page,
				() => location.hash === '#s-3' && document.getElementById('s-3')?.classList.contains('is-target'),
				[],
				'sentence 3 marked as the target',
			);

			// A search never made before, then typing in the header.
			await open(page, `${site.url}search?q=${encodeURIComponent('Boric Lima forum')}`);
			await waitOrFail(page, () => document.querySelectorAll('#search-results [data-doc]').length > 0, [], 'results of a fresh search');
			assert.equal(await page.$eval('#search-input', (el) => el.value), 'Boric Lima forum');
			await open(page, `${site.url}about`);
			await page.focus('#search-input');
			assert.equal(await typeSearch(page, 'Boluatre'), 'xi-boluarte-beijing-2024');

			// A comparison of another selection, then one more country.
			await open(page, `${site.url}compare?countries=cl,ar`);
			const columns = () => page.$$eval('.profile[data-country]', (els) => els.map((e) => e.dataset.country));
			await waitOrFail(page, () => document.querySelectorAll('.profile[data-country]').length === 2, [], 'two columns');
			assert.deepEqual(await columns(), ['cl', 'ar']);
			await page.click('.chooser a[data-country="pe"]');
			await waitOrFail(page, () => document.querySelectorAll('.profile[data-country]').length === 3, [], 'a third column');
			assert.deepEqual(await columns(), ['cl', 'ar', 'pe']);

			// Pages by every form of their address, and an unknown one (the shell).
			for (const rel of ['', 'docs/', 'compare', `doc/${DOC}/`, 'doc/no-such-document']) {
				await open(page, site.url + rel);
			}
			assert.ok(await page.$('.site-footer .offline-note'), 'the unknown page still renders the frame');
			// ("/prefix" without its slash is outside the worker's scope: the
			// site never links to it; see app/sitegen rootLinks.)
		});
	} finally {
		if (!stopped) await site.stop();
	}
}

/** Is the footer's "Available offline" shown? (The app has started.) */
const offlineNoteShown = (page) =>
	page.evaluate(() => {
		const note = document.querySelector('.site-footer .offline-note');
		return document.documentElement.dataset.offline === 'ready' || (!!note && getComputedStyle(note).display !== 'none');
	});

/**
 * "Available offline" is claimed only when it is true: not without service
 * workers, and not once an entry of the cache is gone while the network is.
 */
async function offlineNoteJourney(dist) {
	const site = await serveFor(engine, dist);
	const noWorkers = 'delete Navigator.prototype.serviceWorker;';
	try {
		await withPage(site.origin, async (page) => {
			if (lacks(engine, 'beforeScripts')) site.prelude(noWorkers);
			else await page.evaluateOnNewDocument(noWorkers);
			await page.goto(site.url + 'docs', { waitUntil: 'domcontentloaded' });
			await waitForApp(page, { timeout: APP_TIMEOUT });
			await new Promise((r) => setTimeout(r, 1500)); // time for web/offline.js to (wrongly) claim it
			assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
			assert.equal(await offlineNoteShown(page), false, 'no service worker: not available offline');
		});
		site.prelude?.('');
		await withPage(site.origin, async (page) => {
			await page.goto(site.url, { waitUntil: 'domcontentloaded' });
			await waitForApp(page, { timeout: APP_TIMEOUT });
			await waitForOffline(page);
			const removed = await page.evaluate(async () => {
				const cache = await caches.open('app-' + goappGetenv('GOAPP_VERSION'));
				const url = (await cache.keys()).map((r) => r.url).find((u) => u.endsWith('/about/'));
				await cache.delete(url);
				return url;
			});
			assert.ok(removed, 'a page was taken out of the cache');
			// Offline, the worker cannot fetch it again (online it would: see
			// deadends.test.mjs).
			await site.stop();
			await page.reload({ waitUntil: 'domcontentloaded' });
			await waitForApp(page, { timeout: APP_TIMEOUT });
			await new Promise((r) => setTimeout(r, 1500));
			assert.equal(await offlineNoteShown(page), false, `the cache lacks ${removed}: not available offline`);
		});
	} finally {
		await site.stop();
	}
}

// ------------------------------------------------------------------ updates

const run = promisify(execFile);

// The two builds of each base, made once for every engine, in BUILDS.
const BUILDS = mkdtemp(path.join(os.tmpdir(), 'e2e-update-'));
const twoVersions = new Map();
after(async () => {
	await rm(await BUILDS, { recursive: true, force: true });
});

/** The two sites built for base (once). */
function versionsFor(base) {
	if (!twoVersions.has(base)) {
		twoVersions.set(
			base,
			BUILDS.then((tmp) => mkdtemp(path.join(tmp, 'base-'))).then((tmp) => buildTwoVersions(tmp, base)),
		);
	}
	return twoVersions.get(base);
}

/** Builds two sites for base that differ only by one file in web/. */
async function buildTwoVersions(tmp, base) {
	const tool = path.join(tmp, 'wasm-tool');
	await run('go', ['build', '-o', tool, './cmd/wasm'], { cwd: REPO });
	const wasm = path.join(DIST, 'web', 'app.wasm');
	const webB = path.join(tmp, 'web-b');
	await cp(path.join(REPO, 'web'), webB, { recursive: true });
	await writeFile(path.join(webB, 'update-test.txt'), 'version B\n');
	const sites = {};
	for (const [name, web] of [['a', path.join(REPO, 'web')], ['b', webB]]) {
		const out = path.join(tmp, name);
		const cache = path.join(REPO, 'build', 'compressed'); // that of make build: the same app.wasm
		await run(tool, ['build', '-wasm', wasm, '-out', out, '-base', base, '-web', web, '-cache', cache], { cwd: REPO });
		const appJS = await readFile(path.join(out, 'app.js'), 'utf8');
		sites[name] = { dir: out, version: appJS.match(/"GOAPP_VERSION":"([^"]+)"/)[1] };
	}
	assert.notEqual(sites.a.version, sites.b.version, 'the two builds have different versions');
	return sites;
}

/** The page's view of its service workers and caches, for error messages. */
function workerState(page) {
	return page
		.evaluate(async () => {
			const r = await navigator.serviceWorker.getRegistration();
			const w = (x) => (x ? `${x.state} ${x.scriptURL}` : null);
			return {
				page: goappGetenv('GOAPP_VERSION'),
				controller: w(navigator.serviceWorker.controller),
				installing: w(r?.installing),
				waiting: w(r?.waiting),
				active: w(r?.active),
				caches: await caches.keys(),
				offline: document.documentElement.dataset.offline ?? null,
			};
		})
		.catch((err) => ({ error: String(err) }));
}

/**
 * Dates every file under dir `when`: a static server answers a conditional
 * request by the modification time, to the second, so build B deployed in the
 * same second as A would be "304 Not Modified" to the browser's update check.
 */
async function dateFiles(dir, when) {
	for (const ent of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (ent.isFile()) await utimes(path.join(ent.parentPath ?? ent.path, ent.name), when, when);
	}
}

/** Replaces the contents of dir by those of from (the same directory stays served). */
async function deploy(from, dir) {
	for (const name of await readdir(dir)) await rm(path.join(dir, name), { recursive: true, force: true });
	await cp(from, dir, { recursive: true });
}

/**
 * Deploys build B over build A while A is open, makes the browser look for an
 * update (trigger "reload": as a reader would, "update": through the
 * registration), then takes the offered reload.
 */
async function updateJourney(base, trigger) {
	const { a, b } = await versionsFor(base);
	const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-deployed-'));
	try {
		const served = path.join(tmp, 'site');
		await cp(a.dir, served, { recursive: true });
		await dateFiles(served, new Date(Date.now() - 3600_000)); // A was deployed an hour ago
		const site = await serveFor(engine, served, { prefix: base });
		try {
			await withPage(site.origin, async (page) => {
				await page.goto(site.url, { waitUntil: 'domcontentloaded' });
				await waitForApp(page, { timeout: APP_TIMEOUT });
				await waitForOffline(page);
				assert.equal(await page.evaluate(() => goappGetenv('GOAPP_VERSION')), a.version);
				assert.equal(norm(await page.$eval('.update-status', (e) => e.innerText)), '', 'no update announced yet');

				await deploy(b.dir, served);
				if (trigger === 'reload') {
					await page.reload({ waitUntil: 'domcontentloaded' });
					await waitForApp(page, { timeout: APP_TIMEOUT });
				} else {
					await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
				}
				try {
					await waitOrFail(
						page,
						() => /A new version of the viewer is ready\./.test(document.querySelector('.update-status[role="status"]')?.innerText ?? ''),
						[],
						'the announcement of the new version',
					);
				} catch (err) {
					throw new Error(
						`${err.message}; service worker: ${JSON.stringify(await workerState(page))}; server log:\n${site.log()}`,
					);
				}
				const button = await page.$eval('.update-status button', visibilityProbe);
				assert.ok(button.ok, `the Reload button is visible: ${button.reason}`);

				await page.click('.update-status button');
				await waitOrFail(
					page,
					(b) => typeof goappGetenv === 'function' && goappGetenv('GOAPP_VERSION') === b,
					[b.version],
					'the page reloaded with version B',
				);
				await waitForApp(page, { timeout: APP_TIMEOUT });
				await waitForOffline(page);
				const keys = await page.evaluate(() => caches.keys());
				assert.deepEqual(keys.filter((k) => k.startsWith('app-')), [`app-${b.version}`], `one cache of the site remains (${keys})`);
				assert.deepEqual(keys, [`app-${b.version}`], 'no other cache');
				assert.equal(norm(await page.$eval('.update-status', (e) => e.innerText)), '', 'nothing announced after the reload');
			});
		} finally {
			await site.stop();
		}
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}

// ------------------------------------------------------------------ suites

for (const name of ENGINES) {
	describe(`${name}: offline`, { timeout: TEST_TIMEOUT * 6 }, () => {
		before(async () => {
			engine = name;
			browser = await launchEngine(name);
		});
		after(async () => {
			await browser?.close();
		});
		it('at /: every page loads and works with the server stopped', { skip: missing(DIST), timeout: TEST_TIMEOUT }, async () => {
			await offlineJourney(DIST, '/');
		});
		it(`under ${PREFIX}: every page loads and works with the server stopped`, { skip: missing(DIST_PREFIXED), timeout: TEST_TIMEOUT }, async () => {
			await offlineJourney(DIST_PREFIXED, PREFIX);
		});
		it('at /: "Available offline" shows only when it is true', { skip: missing(DIST), timeout: TEST_TIMEOUT }, async () => {
			await offlineNoteJourney(DIST);
		});
		it('at /: a new build, found on reload, is announced, loaded on request, and leaves one cache', { skip: missing(DIST), timeout: TEST_TIMEOUT }, async () => {
			await updateJourney('/', 'reload');
		});
		it(`under ${PREFIX}: a new build, found by registration.update(), is announced, loaded on request, and leaves one cache`, { skip: missing(DIST), timeout: TEST_TIMEOUT }, async () => {
			await updateJourney(PREFIX, 'update');
		});
	});
}
