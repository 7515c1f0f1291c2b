// Headless Debian Chromium through puppeteer-core, and a watcher that records
// everything a clean page load must not produce.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

import { PROBLEMS_KEY, recordedServers } from './recorder.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying hosts it
// cannot reach (and those requests would look like leaks).
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Launches headless Chromium with a fresh temporary profile.
 * Returns the puppeteer Browser; its close() also removes the profile.
 */
export async function launch({ args = [], ...opts } = {}) {
	const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'e2e-chromium-'));
	const browser = await puppeteer.launch({
		executablePath: CHROMIUM,
		headless: true,
		userDataDir,
		args: [...CHROMIUM_ARGS, ...args],
		defaultViewport: { width: 1280, height: 900 },
		protocolTimeout: 300_000,
		...opts,
	});
	return removingOnClose(browser, userDataDir);
}

/** Makes browser.close() also remove the browser's temporary profile dir. */
export function removingOnClose(browser, dir) {
	const close = browser.close.bind(browser);
	browser.close = async () => {
		try {
			await close();
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	};
	return browser;
}

// Harmless Chromium noise (see shared/notes/browsers.md).
const IGNORED_TEXT = [/IPAddressSpace/];

/**
 * Records on `page` every console error, uncaught page error, failed request,
 * response with status >= 400 and request to a URL outside `origin` (data: and
 * blob: URLs are fine). `ignore(problem)` may return true to drop one (for
 * requests a test aborts on purpose).
 * Returns {problems, assertClean(context?), reset()}; assertClean is async.
 */
export function watch(page, origin, { ignore = () => false } = {}) {
	if (page.engine === 'webkit') return watchRecorded(page, origin, ignore);
	const own = new URL(origin).origin;
	const problems = [];
	const add = (p) => {
		if (IGNORED_TEXT.some((re) => re.test(p.text))) return;
		if (ignore(p)) return;
		problems.push(p);
	};

	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const loc = msg.location();
		const where = loc?.url ? ` (${loc.url}${loc.lineNumber != null ? `:${loc.lineNumber + 1}` : ''})` : '';
		add({ kind: 'console.error', text: msg.text() + where, url: loc?.url });
	});
	page.on('pageerror', (err) => {
		add({ kind: 'pageerror', text: err?.stack || err?.message || String(err) });
	});
	page.on('requestfailed', (req) => {
		add({
			kind: 'requestfailed',
			text: `${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`,
			url: req.url(),
			errorText: req.failure()?.errorText,
		});
	});
	page.on('response', (res) => {
		if (res.status() >= 400) {
			add({ kind: 'http', text: `${res.status()} ${res.request().method()} ${res.url()}`, url: res.url() });
		}
	});
	page.on('request', (req) => {
		const url = req.url();
		if (/^(data|blob|about):/i.test(url)) return;
		let reqOrigin;
		try {
			reqOrigin = new URL(url).origin;
		} catch {
			reqOrigin = null;
		}
		if (reqOrigin !== own) {
			add({ kind: 'foreign-request', text: `${req.method()} ${url} (not on ${own})`, url });
		}
	});

	return {
		problems,
		reset() {
			problems.length = 0;
		},
		async assertClean(context = '') {
			failOnProblems(problems, own, context);
		},
	};
}

function failOnProblems(problems, own, context) {
	if (problems.length === 0) return;
	const lines = problems.map((p) => `  - [${p.kind}] ${p.text}`);
	assert.fail(`${context ? context + ': ' : ''}${problems.length} problem(s) on ${own}:\n${lines.join('\n')}`);
}

/**
 * The watcher of a page whose driver reports nothing (WebKit): what the
 * recording servers (lib/recorder.mjs) answered with an error, and what their
 * script recorded in the page and in the page's frames.
 */
function watchRecorded(page, origin, ignore) {
	const own = new URL(origin).origin;
	const servers = recordedServers();
	for (const s of servers) s.reset();
	// Reads, and clears, what the recorder kept in the document of a frame.
	const drain = (frame) =>
		frame
			.evaluate((key) => {
				let kept = [];
				try {
					kept = JSON.parse(sessionStorage.getItem(key) || '[]');
					sessionStorage.removeItem(key);
				} catch {}
				const unsaved = window[key] || [];
				window[key] = [];
				return kept.concat(unsaved);
			}, PROBLEMS_KEY)
			.catch(() => []);
	const collect = async () => {
		const found = [...servers.flatMap((s) => s.problems()), ...(await drain(page))];
		for (const frame of await page.childFrames().catch(() => [])) found.push(...(await drain(frame)));
		for (const s of servers) s.reset();
		return found.filter((p) => !IGNORED_TEXT.some((re) => re.test(p.text)) && !ignore(p));
	};
	return {
		problems: [],
		async reset() {
			await collect();
		},
		async assertClean(context = '') {
			failOnProblems(await collect(), own, context);
		},
	};
}
