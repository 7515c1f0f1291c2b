// Accessibility (WCAG 2.2 AA), in each engine of lib/engines.mjs:
//   - axe-core on every route, light and dark, 320 and 1280 px wide, with
//     the search results open and closed: no violation;
//   - landmarks and headings in order on every page, lang set;
//   - a journey by keyboard alone: skip link, search, results, reader,
//     comparison cells, export, embed dialog, with a visible focus at
//     every stop.
// The environment variables are those of lib/journey.mjs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';

import { waitForApp } from './lib/app.mjs';
import { ENGINES, lacks, launchEngine, serveFor } from './lib/engines.mjs';
import { APP_TIMEOUT, DIST, inFreshContext, missing, TEST_TIMEOUT, typeSearch, waitOrFail } from './lib/journey.mjs';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every kind of page, in the states a reader finds them in.
const ROUTES = [
	'',
	'docs',
	'docs?country=cl',
	'doc/xi-lopez-obrador-apec-2023#s-3',
	'about',
	'search',
	'search?q=Pinera',
	'search?q=zzzqqq',
	'compare',
	'compare?countries=cl,pe,mx,ar&theme=trade&in=mx',
	'compare?countries=cl,zz',
	'nowhere',
	'compare?embed=1',
];

let browser;
let site;

/** Runs axe on the page; returns its violations, shortly. */
async function violations(page) {
	const loaded = await page.evaluate(() => typeof window.axe === 'object');
	if (!loaded) {
		if (page.engine === 'webkit') await page.evaluate(`(function () {\n${AXE}\n}).call(window) || true`);
		else await page.addScriptTag({ content: AXE });
	}
	return page.evaluate(async (tags) => {
		const r = await window.axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
		return r.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
		}));
	}, TAGS);
}

// The route of no page: the host answers it 404, as it should.
const expected404 = { watchOptions: { ignore: (p) => /\/nowhere\/?\b/.test(p.url ?? p.text) } };

/** Opens rel and waits for the app (and for a matrix cell's sentences, a result list). */
async function open(page, rel) {
	await page.goto(site.url + rel, { waitUntil: 'domcontentloaded' });
	await waitForApp(page, { timeout: APP_TIMEOUT });
	await new Promise((r) => setTimeout(r, 300)); // a frame for the last render
}

/** Types query into the header's search box and waits for the pop-up. */
async function openResults(page, query) {
	await page.focus('#search-input');
	await page.keyboard.type(query);
	await waitOrFail(page, () => document.querySelector('#search-popup [role="option"]'), [], 'the search pop-up');
}

/** axe on every route at width in scheme, with the results closed, then open where the header has the box. */
async function axeJourney(name, scheme, width) {
	const own = lacks(name, 'colorScheme') && scheme !== 'light' ? await launchEngine(name, { colorScheme: scheme }) : null;
	const b = own ?? browser;
	const found = [];
	try {
		await inFreshContext(b, site.origin, async (page) => {
			if (!lacks(name, 'colorScheme')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
			await page.setViewport({ width, height: 900 });
			for (const rel of ROUTES) {
				await open(page, rel);
				for (const v of await violations(page)) found.push({ page: `/${rel}`, state: 'results closed', ...v });
				if (!rel.includes('embed=1') && !rel.startsWith('search')) {
					await openResults(page, 'chanc');
					for (const v of await violations(page)) found.push({ page: `/${rel}`, state: 'results open', ...v });
				}
			}
		}, expected404);
	} finally {
		await own?.close();
	}
	assert.deepEqual(found, [], `axe (${TAGS.join(', ')}) at ${width} px in ${scheme}`);
}

/** The landmarks, headings and languages of the page. */
function structure() {
	const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
	const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible).map((h) => Number(h.tagName[1]));
	const jumps = headings.map((l, i) => (i > 0 && l > headings[i - 1] + 1 ? `h${headings[i - 1]} → h${l}` : null)).filter(Boolean);
	const count = (sel) => [...document.querySelectorAll(sel)].filter(visible).length;
	const navs = [...document.querySelectorAll('nav')].filter(visible);
	return {
		lang: document.documentElement.lang,
		foreign: [...document.querySelectorAll('[lang]')].map((e) => e.lang).filter((l) => !l),
		main: count('main'),
		banner: count('body header.site-header, [role="banner"]'),
		contentinfo: count('body footer.site-footer, [role="contentinfo"]'),
		firstHeading: headings[0] ?? null,
		h1: headings.filter((l) => l === 1).length,
		jumps,
		unlabelledNavs: navs.length > 1 ? navs.filter((n) => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby')).length : 0,
	};
}

/**
 * Presses Tab up to `max` times until `until` holds for the focused element;
 * every element reached must show its focus. Returns the element's summary.
 */
async function tabTo(page, until, what, max = 60) {
	const focused = () =>
		page.evaluate(() => {
			const e = document.activeElement;
			if (!e || e === document.body) return null;
			const s = getComputedStyle(e);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
			const shadow = s.boxShadow && s.boxShadow !== 'none';
			return {
				tag: e.localName,
				text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 60),
				id: e.id,
				cls: e.className,
				href: e.getAttribute('href'),
				visible: e.getClientRects().length > 0,
				focusShown: outline || shadow,
			};
		});
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		let f = await focused();
		if (!f) continue;
		// (A loaded machine may paint the focus a frame late: look again once.)
		if (!f.focusShown) f = await new Promise((r) => setTimeout(r, 200)).then(focused);
		assert.ok(f.visible && f.focusShown, `the focus on ${JSON.stringify(f)} is not visible`);
		if (await page.evaluate(until)) return f;
	}
	assert.fail(`${what}: not reached in ${max} presses of Tab`);
}

for (const name of ENGINES) {
	describe(`${name}: accessibility`, { skip: missing(DIST), timeout: TEST_TIMEOUT * 8 }, () => {
		before(async () => {
			browser = await launchEngine(name);
			site = await serveFor(name, DIST);
		});
		after(async () => {
			await browser?.close();
			await site?.stop();
		});

		for (const scheme of ['light', 'dark']) {
			for (const width of [320, 1280]) {
				const skip = width < 400 && lacks(name, 'narrowViewport') ? `${name}: ${lacks(name, 'narrowViewport')}` : false;
				it(`axe: every route at ${width} px in ${scheme}, results open and closed`, { skip, timeout: TEST_TIMEOUT }, async () => {
					await axeJourney(name, scheme, width);
				});
			}
		}

		it('landmarks and headings in order, lang set, on every page', { timeout: TEST_TIMEOUT }, async () => {
			await inFreshContext(browser, site.origin, async (page) => {
				for (const rel of ROUTES) {
					await open(page, rel);
					const s = await page.evaluate(structure);
					const where = `/${rel}: ${JSON.stringify(s)}`;
					assert.equal(s.lang, 'en', where);
					assert.deepEqual(s.foreign, [], `${where}: an empty lang`);
					assert.equal(s.main, 1, `${where}: one main`);
					if (!rel.includes('embed=1')) {
						assert.equal(s.banner, 1, `${where}: one banner`);
						assert.equal(s.contentinfo, 1, `${where}: one contentinfo`);
					}
					assert.equal(s.firstHeading, 1, `${where}: the first heading is an h1`);
					assert.equal(s.h1, 1, `${where}: one h1`);
					assert.deepEqual(s.jumps, [], `${where}: headings skip a level`);
					assert.equal(s.unlabelledNavs, 0, `${where}: navigation landmarks without a label`);
				}
			}, expected404);
		});

		it('never by colour alone: kinds of names by their underline, matrix cells by their number', { timeout: TEST_TIMEOUT }, async () => {
			await inFreshContext(browser, site.origin, async (page) => {
				await open(page, 'doc/xi-lopez-obrador-apec-2023');
				const styles = await page.evaluate(() => {
					const style = {};
					for (const m of document.querySelectorAll('article mark.mention')) {
						const kind = [...m.classList].find((c) => c.startsWith('mention-'));
						style[kind] = getComputedStyle(m).textDecorationStyle;
					}
					return style;
				});
				const kinds = ['mention-country', 'mention-person', 'mention-organisation'];
				for (const k of kinds) assert.ok(styles[k], `the reader marks a ${k}: ${JSON.stringify(styles)}`);
				assert.equal(new Set(kinds.map((k) => styles[k])).size, kinds.length, `each kind of name has its own underline: ${JSON.stringify(styles)}`);

				await open(page, 'compare?countries=cl,pe,mx,ar');
				const cells = await page.$$eval('.matrix td.cell', (tds) => tds.map((td) => td.innerText.trim()));
				assert.ok(cells.length > 10 && cells.every((t) => /^\d+$/.test(t)), `every cell shows its number: ${cells}`);
				const columns = await page.$$eval('.profile[data-country]', (ps) => ps.map((p) => p.querySelector('h2, h3')?.innerText.trim()));
				assert.deepEqual(columns, ['Chile', 'Peru', 'Mexico', 'Argentina'], 'every column is named');
			});
		});

		it('by keyboard alone: skip link, search, results, reader, comparison, export, embed', { timeout: TEST_TIMEOUT }, async () => {
			await inFreshContext(browser, site.origin, async (page) => {
				await open(page, 'about');
				await page.evaluate(() => document.activeElement?.blur());

				// The skip link comes first and moves the focus to the content.
				const skip = await tabTo(page, () => document.activeElement.classList.contains('skip-link'), 'the skip link', 1);
				assert.match(skip.text, /Skip to content/);
				await page.keyboard.press('Enter');
				await waitOrFail(page, () => document.activeElement?.id === 'main', [], 'the focus in main after the skip link');

				// Search: the field, a typo, the results by arrow keys, Enter opens the reader at the sentence.
				await page.keyboard.press('/');
				assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
				await typeSearch(page, 'coper');
				await page.keyboard.press('ArrowDown');
				await waitOrFail(page, () => document.getElementById('search-input').getAttribute('aria-activedescendant'), [], 'an active result');
				await page.keyboard.press('Enter');
				await waitOrFail(page, () => /\/doc\//.test(location.pathname) && /^#s-\d+$/.test(location.hash), [], 'the reader at the sentence');

				// The reader: Tab reaches a sentence link, Enter follows it.
				const sentence = await tabTo(page, () => /#s-\d+$/.test(document.activeElement.getAttribute('href') ?? ''), 'a sentence link');
				await page.keyboard.press('Enter');
				await waitOrFail(page, (h) => location.hash === h.slice(h.indexOf('#')), [sentence.href], 'the sentence followed');

				// The comparison: a cell of the matrix, then an export.
				await open(page, 'compare');
				await page.evaluate(() => document.activeElement?.blur());
				await tabTo(page, () => !!document.activeElement.closest('.matrix td.cell'), 'a cell of the matrix', 200);
				await page.keyboard.press('Enter');
				await waitOrFail(page, () => /[?&]in=/.test(location.search) && document.querySelector('#theme-evidence .kwic li'), [], 'the sentences of the cell');
				await page.evaluate(() => {
					window.__exported = 0;
					const create = URL.createObjectURL;
					URL.createObjectURL = (b) => {
						window.__exported++;
						return create.call(URL, b);
					};
				});
				await tabTo(page, () => !!document.activeElement.closest('.exports button'), 'an export button', 200);
				await page.keyboard.press('Enter');
				await waitOrFail(page, () => window.__exported > 0, [], 'the file made by the export');

				// The embed dialog: open, the snippet focused, Escape closes it onto its button.
				await tabTo(page, () => document.activeElement.classList.contains('embed-button'), 'the Embed button', 200);
				await page.keyboard.press('Enter');
				await waitOrFail(page, () => document.activeElement?.id === 'embed-code', [], 'the snippet focused');
				await page.keyboard.press('Escape');
				await waitOrFail(page, () => document.activeElement?.classList.contains('embed-button') && document.getElementById('embed-panel').hidden, [], 'the panel closed onto its button');
			});
		});
	});
}
