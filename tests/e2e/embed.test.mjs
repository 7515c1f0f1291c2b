// The site embedded in a blog on another origin, with exactly the HTML its
// "Embed this view" control gives (web/embed.js), in each engine of
// lib/engines.mjs. The environment variables are those of lib/journey.mjs.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { waitForApp } from './lib/app.mjs';
import { watch } from './lib/browser.mjs';
import { ENGINES, launchEngine, serveFor } from './lib/engines.mjs';
import { APP_TIMEOUT, DIST, HERE, luminance, missing, REPO } from './lib/journey.mjs';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

// The embeds of the blog page: where, what, and what shows it has rendered.
const EMBEDS = [
	{ name: 'compare', rel: 'compare?embed=1', id: 'chinalac-compare', ready: '.profile[data-country]' },
	{ name: 'search', rel: 'search?q=Pinera&embed=1', id: 'chinalac-search', ready: '#search-results [data-doc]' },
	{ name: 'dark', rel: 'about?embed=1&theme=dark', id: 'chinalac-about', ready: 'main h1' },
];

// The suite of the engine that runs now: its browser, the site, and the
// blog on another origin.
let browser;
let site;
let blog;
let blogDir;

/**
 * Waits until the frame at `index` of the blog page has settled: its last
 * height messages (both formats, for `id`, after the first `seen` messages)
 * are 400 ms old, the iframe has that height, and nothing scrolls inside it.
 */
async function settled(page, frame, index, id, what, seen = 0) {
	let state;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		state = await page.evaluate(
			(index, id, seen) => {
				const m = window.__messages.filter((m) => m.frame === index).slice(seen);
				const dw = m.filter((x) => x.data?.['datawrapper-height']);
				const em = m.filter((x) => typeof x.data === 'string' && JSON.parse(x.data).context === 'iframe.resize');
				return {
					height: dw.at(-1)?.data['datawrapper-height'][id],
					embedly: em.length ? JSON.parse(em.at(-1).data).height : undefined,
					age: dw.length ? performance.now() - dw.at(-1).t : 0,
					iframe: document.querySelectorAll('iframe')[index].getBoundingClientRect().height,
				};
			},
			index,
			id,
			seen,
		);
		Object.assign(state, await frame.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight })));
		if (
			state.height > 100 &&
			state.embedly === state.height &&
			state.age >= 400 &&
			Math.abs(state.iframe - state.height) < 1 &&
			state.scrollHeight <= state.innerHeight + 1
		) {
			return state;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	assert.fail(
		`${what}: want both height messages for ${id}, the iframe that tall and nothing scrolling inside it (scrollHeight <= innerHeight + 1); got ${JSON.stringify(state)}`,
	);
}

/**
 * Clicks `selector` in `frame` with the mouse, as a reader would (opening a
 * tab needs a real click): scrolls the blog so that the element is in the
 * middle of its viewport, clicks the centre of its first line box (a link
 * may wrap, and the centre of its bounding box then misses it), and checks
 * the click reached it.
 */
async function clickInFrame(page, frame, selector) {
	const el = await frame.waitForSelector(selector, { visible: true });
	const handle = await frame.frameElement();
	// An attribute, not a variable: the handle may live in another world. On
	// <html>, which outlives the element when the click navigates in the app.
	const top = await el.evaluate((e) => {
		document.documentElement.removeAttribute('data-test-clicked');
		e.addEventListener('click', () => document.documentElement.setAttribute('data-test-clicked', ''), { once: true, capture: true });
		return e.getBoundingClientRect().top;
	});
	await handle.evaluate((f, y) => window.scrollTo(0, scrollY + f.getBoundingClientRect().top + y - innerHeight / 2), top);
	await new Promise((r) => setTimeout(r, 300));
	const r = await el.evaluate((e) => {
		const q = e.getClientRects()[0];
		return { x: q.left + q.width / 2, y: q.top + q.height / 2 };
	});
	const f = await handle.evaluate((f) => {
		const q = f.getBoundingClientRect();
		return { x: q.left + f.clientLeft, y: q.top + f.clientTop };
	});
	const x = f.x + r.x;
	const y = f.y + r.y;
	await page.mouse.click(x, y);
	if (await frame.evaluate(() => document.documentElement.hasAttribute('data-test-clicked'))) return;
	const hit = await page.evaluate((x, y) => {
		const e = document.elementFromPoint(x, y);
		return e && `${e.localName} ${e.getAttribute('src') ?? ''}`;
	}, x, y);
	assert.fail(`a click at (${x}, ${y}) on ${selector} in ${await frame.evaluate(() => location.href)} never reached it (the blog has ${hit} there)`);
}

/**
 * Clicks the full-app link in `frame` and returns the address of the tab it
 * opens on the site, once the tab is closed again.
 */
async function openFullApp(page, frame) {
	if (browser.engine === 'webkit') {
		const before = await page.otherWindows();
		await clickInFrame(page, frame, 'a.embed-open');
		const deadline = Date.now() + 30_000;
		for (;;) {
			const opened = (await page.otherWindows()).filter((h) => !before.includes(h));
			if (opened.length) {
				const url = await page.windowURL(opened[0]);
				await page.closeWindow(opened[0]);
				return url;
			}
			if (Date.now() > deadline) assert.fail(`clicking the full-app link opened no window (${await frame.$eval('a.embed-open', (a) => a.href)})`);
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	// (Firefox lists the frames among the targets: only a new one will do.)
	const existing = new Set(browser.targets());
	const opened = browser.waitForTarget((t) => !existing.has(t) && t.type() === 'page' && t.url().startsWith(site.origin + '/'), { timeout: 30_000 });
	await clickInFrame(page, frame, 'a.embed-open');
	let target;
	try {
		target = await opened;
	} catch (err) {
		const state = {
			href: await frame.$eval('a.embed-open', (a) => a.href),
			targets: browser.targets().map((t) => `${t.type()} ${t.url()}`),
		};
		assert.fail(`clicking the full-app link opened no tab on the site: ${JSON.stringify(state)}; ${err.message}`);
	}
	const url = target.url();
	await (await target.page())?.close();
	return url;
}

/** Opens `rel` of the site, presses "Embed this view" and returns the HTML it offers. */
async function snippetOf(page, rel) {
	await page.goto(site.url + rel, { waitUntil: 'domcontentloaded' });
	await waitForApp(page, { timeout: APP_TIMEOUT });
	const button = '.site-footer .embed-button';
	assert.equal(await page.$eval(button, (b) => b.getAttribute('aria-expanded')), 'false');
	// Keyboard: focus the button and press Enter.
	await page.focus(button);
	await page.keyboard.press('Enter');
	await page.waitForFunction(() => document.getElementById('embed-code')?.value.includes('<iframe'));
	const state = await page.evaluate(() => ({
		expanded: document.querySelector('.embed-button').getAttribute('aria-expanded'),
		hidden: document.getElementById('embed-panel').hidden,
		readonly: document.getElementById('embed-code').readOnly,
		focused: document.activeElement?.id,
		label: document.querySelector('label[for="embed-code"]')?.textContent,
		snippet: document.getElementById('embed-code').value,
		title: document.title,
	}));
	assert.equal(state.expanded, 'true', 'the button says the panel is open');
	assert.equal(state.hidden, false, 'the panel is shown');
	assert.ok(state.readonly, 'the snippet is read-only');
	assert.equal(state.focused, 'embed-code', 'the snippet has the focus');
	assert.ok(state.label, 'the snippet is labelled');
	// Escape closes the panel and returns to the button.
	await page.keyboard.press('Escape');
	assert.deepEqual(
		await page.evaluate(() => [document.getElementById('embed-panel').hidden, document.activeElement?.classList.contains('embed-button')]),
		[true, true],
		'Escape closes the panel and focuses the button',
	);
	return state;
}

for (const name of ENGINES) {
	describe(`${name}: embedded in a blog on another origin`, { skip: missing(DIST), timeout: APP_TIMEOUT * 5 }, () => {
		before(async () => {
			site = await serveFor(name, DIST);
			blogDir = await mkdtemp(path.join(os.tmpdir(), 'e2e-blog-'));
			blog = await serveFor(name, blogDir);
			browser = await launchEngine(name);
		});
		after(async () => {
			await browser?.close();
			await site?.stop();
			await blog?.stop();
			if (blogDir) await rm(blogDir, { recursive: true, force: true });
		});

		it('the frames render compact, resize to their content, navigate inside, open the full app and follow theme', { timeout: APP_TIMEOUT * 4 }, async () => {
			const ctx = await browser.createBrowserContext();
			try {
				const page = await ctx.newPage();
				page.setDefaultTimeout(APP_TIMEOUT);

				// 1. The snippet, from the app's own control.
				const { snippet, title } = await snippetOf(page, 'compare');
				const src = snippet.match(/<iframe\b[^>]*\bsrc="([^"]*)"/)?.[1]?.replace(/&amp;/g, '&');
				assert.match(src ?? '', new RegExp(`^${site.url}compare/?\\?embed=1$`), 'the snippet embeds the current view, absolute, with embed=1');
				for (const attr of [`sandbox="${SANDBOX}"`, 'loading="lazy"', 'width="100%"', `title="${title}"`]) {
					assert.ok(snippet.includes(attr), `the snippet has ${attr}:\n${snippet}`);
				}
				assert.match(snippet, /datawrapper-height/, 'the snippet resizes from the datawrapper-height message');
				assert.match(snippet, /contentWindow !== e\.source/, 'the snippet checks the message comes from its frame');
				// The README shows the same HTML (for another host).
				const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');
				const shown = readme.split('## Embedding')[1]?.match(/```html\n([\s\S]*?)\n```/)?.[1];
				const bare = (html) => html.replace(/\bsrc="[^"]*"/, 'src="…"');
				assert.equal(bare(shown ?? ''), bare(snippet), 'the README\'s Embedding section shows the HTML the app gives');
				const search = await snippetOf(page, 'search?q=Pinera');
				assert.match(search.snippet, /search\/?\?q=Pinera&amp;embed=1"/, 'the query of the view is kept and escaped');

				// 2. A blog on another origin embeds three views with that snippet.
				const sections = EMBEDS.map(
					(e) => `<section id="embed-${e.name}">\n<h2>${e.name}</h2>\n${snippet.replace(/\bsrc="[^"]*"/, `src="${site.url}${e.rel.replace(/&/g, '&amp;')}"`)}\n</section>`,
				);
				await writeFile(
					path.join(blogDir, 'blog.html'),
					`<!doctype html>
	<html lang="en"><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<script>
	// The test reads every message the frames post.
	window.__messages = [];
	window.addEventListener('message', (e) => {
		const i = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source);
		window.__messages.push({ frame: i, origin: e.origin, data: e.data, t: performance.now() });
	});
	</script></head>
	<body style="max-width: 760px; margin: 1rem auto; font-family: sans-serif">
	<h1>A post about China and Latin America</h1>
	<p>Some text before the embeds.</p>
	${sections.join('\n<p>Text between the embeds.</p>\n')}
	<p>The end.</p>
	</body></html>
	`,
				);
				// Blog and site are on different sites (localhost vs 127.0.0.1).
				const blogURL = `http://localhost:${blog.port}/blog.html`;
				const w = watch(page, `http://localhost:${blog.port}`, {
					ignore: (p) => p.kind === 'foreign-request' && p.url?.startsWith(site.origin + '/'),
				});
				// (Every engine is launched light.)
				await page.goto(blogURL, { waitUntil: 'domcontentloaded' });

				const frames = {};
				for (const [i, e] of EMBEDS.entries()) {
					const handle = await page.$(`#embed-${e.name} iframe`);
					await handle.scrollIntoView(); // the frames load lazily
					const frame = await handle.contentFrame();
					await frame.waitForSelector('[data-app="running"]');
					await frame.waitForSelector(e.ready);
					frames[e.name] = { frame, handle, index: i };
				}

				// 3. Each frame: embed mode, posts both messages, is resized to its content.
				for (const e of EMBEDS) {
					const { frame, handle, index } = frames[e.name];
					const inside = await frame.evaluate(() => ({
						embed: document.documentElement.hasAttribute('data-embed'),
						header: getComputedStyle(document.querySelector('.site-header')).display,
						footer: getComputedStyle(document.querySelector('.site-footer')).display,
						open: getComputedStyle(document.querySelector('a.embed-open')).display,
					}));
					assert.deepEqual(inside, { embed: true, header: 'none', footer: 'none', open: 'block' }, `${e.name}: embed mode`);

					await settled(page, frame, index, e.id, e.name);
					const msgs = await page.evaluate((index) => window.__messages.filter((m) => m.frame === index), index);
					assert.ok(msgs.every((m) => m.origin === site.origin), `${e.name}: messages come from the site's origin`);
					const embedly = JSON.parse(msgs.filter((m) => typeof m.data === 'string').at(-1).data);
					assert.ok(embedly.src.startsWith(site.url) && embedly.src.includes('embed=1'), `${e.name}: Embedly's src is the frame's address (${embedly.src})`);

					const box = await handle.boundingBox();
					assert.ok(box.height > 150, `${e.name}: the frame has the height of its content (${box.height} px)`);
				}

				// 4. Theme: the dark frame is dark, the others follow the (light) reader.
				const colours = async (frame) =>
					frame.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
				const dark = await colours(frames.dark.frame);
				assert.ok(luminance(dark.bg) < luminance(dark.fg), `theme=dark: background ${dark.bg}, text ${dark.fg}`);
				const light = await colours(frames.compare.frame);
				assert.ok(luminance(light.bg) > luminance(light.fg), `no theme, light preference: background ${light.bg}, text ${light.fg}`);

				// 5. The link to the full app opens the same view in a new tab, without embed=1.
				{
					const { frame } = frames.compare;
					const opened = await openFullApp(page, frame);
					const u = new URL(opened);
					assert.equal(u.origin, site.origin, `the full app is on the site (${opened})`);
					assert.match(u.pathname, /^\/compare\/?$/, `the full app shows the same view (${opened})`);
					assert.equal(u.searchParams.has('embed'), false, `the full app is not in embed mode (${opened})`);
				}

				// 6. Navigating inside a frame stays in the frame, in embed mode, and resizes it.
				{
					const { frame, handle, index } = frames.search;
					const top = await page.evaluate(() => location.href);
					const before = await frame.evaluate(() => location.pathname);
					// Choosing a result opens its document.
					const doc = await frame.$eval('#search-results [data-doc]', (li) => `/doc/${li.dataset.doc}`);
					const seen = await page.evaluate((index) => window.__messages.filter((m) => m.frame === index).length, index);
					await clickInFrame(page, frame, '#search-results [data-doc] .result-title');
					try {
						await frame.waitForFunction((doc) => location.pathname.replace(/\/$/, '') === doc && document.querySelector('article[data-doc]'), { timeout: 30_000 }, doc);
					} catch (err) {
						const state = await frame.evaluate(() => ({ url: location.href, article: !!document.querySelector('article[data-doc]') }));
						assert.fail(`clicking the first result in the frame: want ${doc}; got ${JSON.stringify(state)}; ${err.message}`);
					}
					assert.notEqual(await frame.evaluate(() => location.pathname), before, 'the frame navigated');
					assert.equal(await page.evaluate(() => location.href), top, 'the blog page did not navigate');
					assert.deepEqual(
						await frame.evaluate(() => [document.documentElement.hasAttribute('data-embed'), getComputedStyle(document.querySelector('.site-header')).display]),
						[true, 'none'],
						'the frame stays in embed mode after navigating',
					);
					await settled(page, frame, index, 'chinalac-search', 'the reader in the search frame', seen);
					assert.ok((await handle.boundingBox()).height > 300, 'the frame grew to the document');

					// The full-app link now points at the document.
					const opened = await openFullApp(page, frame);
					const u = new URL(opened);
					assert.equal(u.pathname.replace(/\/$/, ''), doc, `the full app opens the document read in the frame (${opened})`);
					assert.equal(u.search, '', 'and nothing of embed mode');
				}

				await mkdir(path.join(HERE, 'artifacts'), { recursive: true });
				await page.screenshot({ path: path.join(HERE, 'artifacts', `${name}-embed-blog.png`), fullPage: true }).catch(() => {});
				await w.assertClean('the blog page and its frames');
			} finally {
				await ctx.close();
			}
		});
	});
}
