// The site under the strict Content-Security-Policy that `make run` sends
// (app/staticserver.ContentSecurityPolicy), in each engine of lib/engines.mjs:
// every page, searching, changing the comparison and embed mode, with no
// violation. WebKit's driver cannot run a script before the page's: there the
// site is served by lib/recorder.mjs under the very policy make run sends,
// and its recorder reports the violations. The environment variables are
// those of lib/journey.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { waitForApp } from './lib/app.mjs';
import { watch } from './lib/browser.mjs';
import { ENGINES, launchEngine } from './lib/engines.mjs';
import { serveWithGo } from './lib/goserver.mjs';
import { APP_TIMEOUT, DIST, missing, REPO } from './lib/journey.mjs';
import { serveRecorded } from './lib/recorder.mjs';

// Records every violation the page reports, from its very first script on
// (DevTools injects this, so the page's own policy does not apply to it).
const RECORD_VIOLATIONS = () => {
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => {
		window.__cspViolations.push({
			directive: e.violatedDirective,
			blocked: e.blockedURI,
			source: `${e.sourceFile}:${e.lineNumber}`,
			sample: e.sample,
			page: location.href,
		});
	});
};

// make run's server, for every suite of this file.
let goServer;
before(async () => {
	if (!missing(DIST)) goServer = await serveWithGo(REPO, DIST);
});
after(async () => {
	await goServer?.stop();
});

describe('make run: the strict Content-Security-Policy', { skip: missing(DIST) }, () => {
	it('make run sends the policy, which does not forbid framing', async () => {
		const site = goServer;
		for (const rel of ['', 'compare', 'web/app.wasm', 'app-worker.js', 'no-such-page']) {
			const res = await fetch(site.url + rel);
			await res.arrayBuffer();
			const csp = res.headers.get('content-security-policy') ?? '';
			assert.match(csp, /default-src 'self'/, `/${rel}: Content-Security-Policy ${JSON.stringify(csp)}`);
			assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, `/${rel}: script-src`);
			assert.match(csp, /style-src 'self'(;|$)/, `/${rel}: style-src`);
			assert.doesNotMatch(csp, /unsafe-inline|frame-ancestors/, `/${rel}`);
			assert.equal(res.headers.get('x-frame-options'), null, `/${rel}: X-Frame-Options would forbid embedding`);
		}
	});

});

for (const name of ENGINES) {
	describe(`${name}: the site under the strict Content-Security-Policy`, { skip: missing(DIST), timeout: APP_TIMEOUT * 4 }, () => {
		let browser;
		let site;
		before(async () => {
			browser = await launchEngine(name);
			if (name === 'webkit') {
				const policy = (await fetch(goServer.url)).headers.get('content-security-policy');
				site = await serveRecorded(DIST, { headers: { 'content-security-policy': policy }, recorderAsFile: true });
			} else {
				site = goServer;
			}
		});
		after(async () => {
			await browser?.close();
			if (site !== goServer) await site?.stop();
		});

		it('every page, a search, a new comparison and embed mode run without a violation', { timeout: APP_TIMEOUT * 3 }, async () => {
			const ctx = await browser.createBrowserContext();
			const violations = [];
			const recorded = name === 'webkit'; // the watcher reports the violations
			try {
				const page = await ctx.newPage();
				page.setDefaultTimeout(APP_TIMEOUT);
				if (!recorded) await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
				const w = watch(page, site.origin);
				const collect = async () => {
					if (!recorded) violations.push(...(await page.evaluate(() => window.__cspViolations.splice(0))));
				};
				const visit = async (rel, ready) => {
					const res = await page.goto(site.url + rel, { waitUntil: 'domcontentloaded' });
					assert.ok(res.ok(), `GET /${rel}: ${res.status()}`);
					if (res.headers) assert.match(res.headers()['content-security-policy'] ?? '', /default-src 'self'/, `/${rel} is served with the policy`);
					await waitForApp(page, { timeout: APP_TIMEOUT });
					if (ready) await page.waitForSelector(ready);
					await new Promise((r) => setTimeout(r, 300));
					await collect();
				};

				const html = await (await fetch(site.url + 'docs')).text();
				const id = html.match(/<li\b[^>]*\bdata-doc="([^"]+)"/)?.[1];
				assert.ok(id, 'the library lists a document');

				await visit('', 'h1');
				await visit('docs', 'li[data-doc]');
				await visit(`doc/${id}`, `article[data-doc="${id}"]`);
				await visit('search?q=Pinera', '#search-results [data-doc]');
				await visit('about', 'h1');

				// Type a search in the header.
				await page.click('#search-input');
				await page.keyboard.type('Boluatre', { delay: 20 });
				await page.waitForSelector('#search-popup [role="option"][data-doc]');
				await collect();

				// Change the comparison: add Argentina, then open a cell of the matrix.
				await visit('compare', '.profile[data-country]');
				await page.click('.chooser a[data-country="ar"]');
				await page.waitForFunction(() => document.querySelectorAll('.profile[data-country]').length === 4);
				await page.click('.matrix td.cell a');
				await page.waitForSelector('#theme-evidence');
				await collect();

				// The Embed control, and a page in embed mode with a fixed theme.
				await page.click('.embed-button');
				await page.waitForFunction(() => document.getElementById('embed-code')?.value.includes('embed=1'));
				await page.click('.embed-copy');
				await page.waitForFunction(() => document.querySelector('.embed-status')?.textContent !== '');
				await collect();
				await visit('compare?embed=1&theme=dark', '.profile[data-country]');
				assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');

				assert.deepEqual(violations, [], 'Content-Security-Policy violations');
				await w.assertClean('under the strict policy');
			} finally {
				await ctx.close();
			}
		});
	});
}
