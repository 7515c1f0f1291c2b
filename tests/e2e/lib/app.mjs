// Page-side checks for a go-app site: is the wasm running, is an element really
// visible to a reader. Functions passed to page.evaluate run in the browser.

// The UI sets data-app="running" on its shell root only in the browser render;
// go-app's app.js removes #app-wasm-loader once the Go program has started.
const RUNNING = () =>
	!!document.querySelector('[data-app="running"]') && !document.getElementById('app-wasm-loader');

/** What the page looks like right now, for error messages. */
export async function appState(page) {
	try {
		return await page.evaluate(() => ({
			url: location.href,
			title: document.title,
			dataApp: [...document.querySelectorAll('[data-app]')].map((e) => `${e.localName}=${e.dataset.app}`),
			loader: !!document.getElementById('app-wasm-loader'),
			loaderLabel: document.getElementById('app-wasm-loader-label')?.innerText ?? null,
			bodyStart: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300),
		}));
	} catch (err) {
		return { error: String(err) };
	}
}

/** Waits until the wasm app runs; on time-out, fails with the page's state. */
export async function waitForApp(page, { timeout = 180_000 } = {}) {
	try {
		await page.waitForFunction(RUNNING, { timeout, polling: 200 });
	} catch (err) {
		const state = await appState(page);
		throw new Error(
			`the app did not start within ${timeout} ms (want [data-app="running"] and no #app-wasm-loader); ` +
				`page state: ${JSON.stringify(state)}; ${err.message}`,
		);
	}
}

export async function isRunning(page) {
	return page.evaluate(RUNNING);
}

/**
 * Browser-side: is `el` visible to a reader? It must have a box, no ancestor
 * with display:none / visibility:hidden / opacity:0, and the point at the
 * centre of its first line box must hit `el` or a descendant (so no overlay
 * covers it). Scrolls it into view first unless {scroll: false}.
 * Returns {ok, reason}.
 */
export function visibilityProbe(el, { scroll = true } = {}) {
	if (!el) return { ok: false, reason: 'element not found' };
	if (scroll) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
	for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
		const cs = getComputedStyle(n);
		if (cs.display === 'none') return { ok: false, reason: `display:none on ${n.localName}#${n.id}` };
		if (cs.visibility === 'hidden' || cs.visibility === 'collapse')
			return { ok: false, reason: `visibility:${cs.visibility} on ${n.localName}#${n.id}` };
		if (Number(cs.opacity) === 0) return { ok: false, reason: `opacity:0 on ${n.localName}#${n.id}` };
	}
	const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
	if (rects.length === 0) return { ok: false, reason: 'element has no box' };
	const r = rects.find((q) => q.bottom > 0 && q.top < innerHeight && q.right > 0 && q.left < innerWidth);
	if (!r) return { ok: false, reason: `element is outside the viewport (${JSON.stringify(rects[0])})` };
	const x = Math.min(Math.max((r.left + r.right) / 2, 0), innerWidth - 1);
	const y = Math.min(Math.max((r.top + r.bottom) / 2, 0), innerHeight - 1);
	const hit = document.elementFromPoint(x, y);
	if (!hit) return { ok: false, reason: `nothing at (${x}, ${y})` };
	if (hit !== el && !el.contains(hit)) {
		const desc = (e) =>
			`${e.localName}${e.id ? '#' + e.id : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''}`;
		return { ok: false, reason: `covered at (${x}, ${y}) by ${desc(hit)}` };
	}
	return { ok: true, reason: '' };
}
