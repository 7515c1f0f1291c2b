// What every suite of the end-to-end tests shares: where the built sites are,
// how long to wait, a fresh browser context per journey, and waits that fail
// with the page's state.
//   DIST           built site (default: <repo>/dist)
//   DIST_PREFIXED  build made with `make build BASE=/prefix/ DIST=dist-prefixed`
//   PREFIX         sub-path of that build (default: /prefix/)
//   E2E_TIMEOUT_MS how long to wait for the wasm app to start (default: 180000)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { appState } from './app.mjs';
import { watch } from './browser.mjs';

export const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(HERE, '../..');

// A relative path is taken from the current directory, else from the repo root
// (so DIST=dist works both from tests/e2e with ../../dist and from a Makefile).
function dirFromEnv(name, fallback) {
	const v = process.env[name];
	if (!v) return path.resolve(HERE, fallback);
	if (path.isAbsolute(v)) return v;
	const fromCwd = path.resolve(v);
	return existsSync(fromCwd) ? fromCwd : path.resolve(REPO, v);
}

export const DIST = dirFromEnv('DIST', '../../dist');
export const DIST_PREFIXED = dirFromEnv('DIST_PREFIXED', '../../dist-prefixed');
export const PREFIX = `/${(process.env.PREFIX ?? '/prefix/').split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
export const APP_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS) || 180_000;
export const TEST_TIMEOUT = APP_TIMEOUT * 3 + 120_000;

/** A skip reason if dist holds no built site, else false. */
export const missing = (dist) => (existsSync(path.join(dist, 'index.html')) ? false : `no built site in ${dist} (run \`make build\`)`);

/** Text with its runs of white space as one space, trimmed. */
export const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Relative luminance of a CSS rgb() colour, enough to tell dark from light. */
export const luminance = (rgb) => {
	const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Runs `fn(page, watcher)` in a fresh context of browser (its own cache,
 * storage and service worker), then checks the watcher is clean.
 */
export async function inFreshContext(browser, origin, fn, { watchOptions, contextOptions } = {}) {
	const ctx = await browser.createBrowserContext(contextOptions);
	try {
		const page = await ctx.newPage();
		page.setDefaultTimeout(APP_TIMEOUT);
		page.setDefaultNavigationTimeout(APP_TIMEOUT);
		const w = watch(page, origin, watchOptions);
		await fn(page, w);
		await w.assertClean();
	} finally {
		await ctx.close();
	}
}

/** Waits for the browser-side `predicate` to hold, or fails with the page state. */
export async function waitOrFail(page, predicate, args, what, timeout = 60_000) {
	try {
		await page.waitForFunction(predicate, { timeout, polling: 200 }, ...args);
	} catch (err) {
		throw new Error(`timed out waiting for ${what}; page state: ${JSON.stringify(await appState(page))}; ${err.message}`);
	}
}

/**
 * Types query into the focused search field and waits for the pop-up's
 * results of the whole query: typing slowly on a loaded machine shows those
 * of its prefixes first. Returns the document id of the first result.
 */
export async function typeSearch(page, query, { delay = 20 } = {}) {
	await page.keyboard.type(query, { delay });
	await waitOrFail(
		page,
		(q) => document.querySelector('.search-box [role="status"]')?.textContent.includes(`“${q}”`) &&
			document.querySelectorAll('#search-popup [role="option"][data-doc]').length > 0,
		[query],
		`the results of ${query} in the pop-up`,
	);
	return page.$eval('#search-popup [role="option"][data-doc]', (li) => li.dataset.doc);
}
