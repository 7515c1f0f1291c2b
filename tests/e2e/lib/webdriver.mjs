// WebKitGTK (the engine of Safari) through WebKitWebDriver, a W3C WebDriver
// server, spoken to over plain HTTP. It is shaped like the part of
// puppeteer's Browser, BrowserContext, Page, Frame and ElementHandle that the
// journeys use, so that one journey runs in all three engines.
//
// What classic WebDriver cannot do is absent rather than faked: no request
// interception, no script before the page's own, no emulated colour scheme,
// no console events. The page's problems are recorded by a script the test
// server puts in every page (lib/recorder.mjs) and read back here.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

import { recordedServer } from './recorder.mjs';
import { freePort } from './server.mjs';

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_WEBDRIVER || 'WebKitWebDriver';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // the W3C name of an element reference

// puppeteer's key names, as WebDriver code points.
const KEYS = {
	Enter: '\uE007',
	Escape: '\uE00C',
	Tab: '\uE004',
	Backspace: '\uE003',
	Shift: '\uE008',
	Control: '\uE009',
	Alt: '\uE00A',
	Space: '\uE00D',
	ArrowLeft: '\uE012',
	ArrowUp: '\uE013',
	ArrowRight: '\uE014',
	ArrowDown: '\uE015',
	Home: '\uE011',
	End: '\uE010',
};
const keyValue = (k) => KEYS[k] ?? (k.length === 1 ? k : assertKnownKey(k));
function assertKnownKey(k) {
	throw new Error(`webdriver: no WebDriver code for the key ${JSON.stringify(k)}`);
}

/** The body of a WebDriver script that runs fn (or evaluates an expression) with its arguments. */
function script(fn) {
	return typeof fn === 'string' ? `return (${fn});` : `return (${fn}).apply(null, arguments);`;
}

// How long a new session may take: a MiniBrowser starts in a few seconds
// even on a loaded machine, but now and then one never reports to the driver,
// which then holds the request open (until fetch gives up after 300 s).
const SESSION_TIMEOUT = 90_000;

/**
 * Starts WebKitWebDriver on a free port, with env added to the environment
 * of the driver and its browsers. One WebKit "browser context" is one
 * WebDriver session: a fresh MiniBrowser with its own storage. The driver
 * allows one session at a time, which the suites never exceed. A session
 * that does not start in time gets one more try from a fresh driver, as
 * WebKit's own test runner does with a hung driver; the restart is logged.
 */
export async function launchWebKit({ env = {} } = {}) {
	let driver = await startDriver(env);
	const contexts = new Set();
	return {
		engine: 'webkit',
		async version() {
			return 'WebKitGTK (MiniBrowser)';
		},
		async createBrowserContext() {
			let ctx;
			try {
				ctx = await WebKitContext.open(driver.base);
			} catch (err) {
				console.error(`# webkit: no session (${err.message}); restarting ${DRIVER}. Its last output:\n${driver.log()}`);
				await driver.stop();
				driver = await startDriver(env);
				ctx = await WebKitContext.open(driver.base);
			}
			contexts.add(ctx);
			ctx.closed.then(() => contexts.delete(ctx));
			return ctx;
		},
		async close() {
			for (const ctx of contexts) await ctx.close().catch(() => {});
			await driver.stop();
		},
	};
}

/**
 * Spawns WebKitWebDriver in a process group of its own, so that stopping it
 * also stops the MiniBrowser it started, and waits for it to answer.
 */
async function startDriver(env) {
	const port = await freePort();
	const proc = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ...env },
		detached: true,
	});
	let log = '';
	const keep = (d) => {
		log = (log + d).slice(-4000);
	};
	proc.stdout.on('data', keep);
	proc.stderr.on('data', keep);
	const exited = new Promise((resolve) => proc.once('exit', resolve));
	const signal = (sig) => {
		try {
			process.kill(-proc.pid, sig);
		} catch {
			// the group is gone already
		}
	};
	const driver = {
		base: `http://127.0.0.1:${port}`,
		log: () => log,
		async stop() {
			signal('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			signal('SIGKILL');
		},
	};
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			await fetch(`${driver.base}/status`).then((r) => r.json());
			return driver;
		} catch {
			if (Date.now() > deadline || proc.exitCode !== null) {
				await driver.stop();
				throw new Error(`${DRIVER} did not start on port ${port} (is webkit2gtk-driver installed, and is there a display: xvfb-run?):\n${log}`);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	}
}

/** A WebDriver session: one browser window (and the tabs it opens). */
class WebKitContext {
	static async open(base) {
		const res = await fetch(`${base}/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				capabilities: {
					alwaysMatch: {
						browserName: 'MiniBrowser',
						pageLoadStrategy: 'normal',
						'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
					},
				},
			}),
			signal: AbortSignal.timeout(SESSION_TIMEOUT),
		}).then((r) => r.json());
		if (!res.value?.sessionId) throw new Error(`WebKitWebDriver: no session: ${JSON.stringify(res.value)}`);
		return new WebKitContext(`${base}/session/${res.value.sessionId}`);
	}

	constructor(session) {
		this.session = session;
		this.page = null;
		let done;
		this.closed = new Promise((r) => (done = r));
		this.markClosed = done;
	}

	/** Sends one WebDriver command; throws the driver's error as an Error. */
	async send(method, path, body) {
		const res = await fetch(this.session + path, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const json = await res.json().catch(() => ({}));
		if (!res.ok) {
			const err = new Error(`WebDriver ${method} ${path}: ${json.value?.error ?? res.status}: ${json.value?.message ?? ''}`);
			err.webdriverError = json.value?.error;
			throw err;
		}
		return json.value;
	}

	async newPage() {
		if (this.page) throw new Error('webdriver: one page per WebKit context');
		this.page = new WebKitPage(this, await this.send('GET', '/window'));
		return this.page;
	}

	async close() {
		await fetch(this.session, { method: 'DELETE' }).catch(() => {});
		this.markClosed();
	}
}

/** An element found in a page or frame, by WebDriver reference. */
class WebKitElement {
	constructor(frame, ref) {
		this.frame = frame;
		this.ref = ref;
	}

	get json() {
		return { [ELEMENT]: this.ref };
	}

	evaluate(fn, ...args) {
		return this.frame.evaluateWith(script(fn), [this.json, ...args]);
	}

	async click() {
		await this.frame.within(() => this.frame.ctx.send('POST', `/element/${this.ref}/click`, {}));
	}

	scrollIntoView() {
		return this.evaluate((e) => e.scrollIntoView({ block: 'center' }));
	}

	async boundingBox() {
		const r = await this.evaluate((e) => {
			const q = e.getBoundingClientRect();
			return { x: q.left, y: q.top, width: q.width, height: q.height };
		});
		return r.width || r.height ? r : null;
	}

	/** The frame an <iframe> element holds. */
	async contentFrame() {
		return new WebKitFrame(this.frame.ctx, [...this.frame.path, this.json], this);
	}
}

/**
 * A browsing context reached from the top window through a path of <iframe>
 * elements (empty for the page itself). Every call switches to it and back,
 * so that frames and the page can be used in any order.
 */
class WebKitFrame {
	constructor(ctx, path, element = null) {
		this.ctx = ctx;
		this.path = path;
		this.element = element;
	}

	async within(fn) {
		if (this.path.length === 0) return fn();
		for (const el of this.path) await this.ctx.send('POST', '/frame', { id: el });
		try {
			return await fn();
		} finally {
			await this.ctx.send('POST', '/frame', { id: null });
		}
	}

	evaluateWith(source, args) {
		return this.within(() => this.ctx.send('POST', '/execute/sync', { script: source, args }));
	}

	evaluate(fn, ...args) {
		return this.evaluateWith(script(fn), args);
	}

	async $(selector) {
		const ref = await this.evaluateWith('return document.querySelector(arguments[0]);', [selector]);
		return ref ? new WebKitElement(this, ref[ELEMENT]) : null;
	}

	$eval(selector, fn, ...args) {
		return this.evaluateWith(
			`const [sel, ...rest] = arguments; const el = document.querySelector(sel);
			if (!el) throw new Error('no element matches ' + sel);
			return (${fn})(el, ...rest);`,
			[selector, ...args],
		);
	}

	$$eval(selector, fn, ...args) {
		return this.evaluateWith(
			`const [sel, ...rest] = arguments; return (${fn})([...document.querySelectorAll(sel)], ...rest);`,
			[selector, ...args],
		);
	}

	async waitForFunction(fn, { timeout = 30_000, polling = 200 } = {}, ...args) {
		const deadline = Date.now() + timeout;
		let last;
		for (;;) {
			try {
				const v = await this.evaluate(fn, ...args);
				if (v) return v;
			} catch (err) {
				last = err; // a page between two documents
			}
			if (Date.now() > deadline) {
				throw new Error(`waiting for a function failed: timeout ${timeout} ms exceeded${last ? ` (last error: ${last.message})` : ''}`);
			}
			await new Promise((r) => setTimeout(r, typeof polling === 'number' ? polling : 100));
		}
	}

	async waitForSelector(selector, { visible = false, timeout = 30_000 } = {}) {
		await this.waitForFunction(
			(sel, visible) => {
				const e = document.querySelector(sel);
				if (!e) return false;
				if (!visible) return true;
				const s = getComputedStyle(e);
				return s.visibility !== 'hidden' && s.display !== 'none' && e.getClientRects().length > 0;
			},
			{ timeout },
			selector,
			visible,
		);
		return this.$(selector);
	}

	async click(selector) {
		const el = await this.$(selector);
		if (!el) throw new Error(`No element found for selector: ${selector}`);
		await el.click();
	}

	async focus(selector) {
		await this.$eval(selector, (e) => e.focus());
	}

	frameElement() {
		return this.element;
	}
}

/** The page of a WebKit context, shaped like puppeteer's Page. */
class WebKitPage extends WebKitFrame {
	constructor(ctx, handle) {
		super(ctx, []);
		this.handle = handle;
		this.engine = 'webkit';
		this.timeout = 30_000;
		const press = (k) => this.keys([{ type: 'keyDown', value: keyValue(k) }, { type: 'keyUp', value: keyValue(k) }]);
		this.keyboard = {
			press,
			type: async (text, { delay = 0 } = {}) => {
				for (const ch of text) {
					await press(ch);
					if (delay) await new Promise((r) => setTimeout(r, delay));
				}
			},
		};
		this.mouse = {
			click: (x, y) =>
				this.ctx.send('POST', '/actions', {
					actions: [
						{
							type: 'pointer',
							id: 'mouse',
							parameters: { pointerType: 'mouse' },
							actions: [
								{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
								{ type: 'pointerDown', button: 0 },
								{ type: 'pointerUp', button: 0 },
							],
						},
					],
				}),
		};
	}

	keys(actions) {
		return this.ctx.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
	}

	setDefaultTimeout(ms) {
		this.timeout = ms;
	}

	setDefaultNavigationTimeout(ms) {
		this.timeout = ms;
	}

	/**
	 * Loads url and waits for its load event. WebDriver does not say how the
	 * server answered: the status comes from the recording test server
	 * (lib/recorder.mjs), when one serves the address.
	 */
	async goto(url) {
		await this.ctx.send('POST', '/url', { url });
		return this.response(url);
	}

	async response(url) {
		const status = recordedServer(url)?.statusOf(url) ?? null;
		return {
			status: () => status,
			ok: () => status === null || (status >= 200 && status < 300) || status === 304,
			fromServiceWorker: () => null, // WebDriver cannot tell
		};
	}

	async reload() {
		const url = await this.evaluate(() => location.href);
		await this.ctx.send('POST', '/refresh', {});
		return this.response(url);
	}

	async goBack() {
		await this.ctx.send('POST', '/back', {});
	}

	async goForward() {
		await this.ctx.send('POST', '/forward', {});
	}

	/** Sets the size of the viewport (the window, less the browser's own chrome). */
	async setViewport({ width, height }) {
		let w = width;
		let h = height;
		for (let i = 0; i < 3; i++) {
			await this.ctx.send('POST', '/window/rect', { width: w, height: h });
			const inner = await this.evaluate(() => [innerWidth, innerHeight]);
			if (inner[0] === width && inner[1] === height) return;
			w += width - inner[0];
			h += height - inner[1];
		}
		const inner = await this.evaluate(() => [innerWidth, innerHeight]);
		if (inner[0] !== width) {
			throw new Error(`webdriver: MiniBrowser cannot be ${width} px wide (its window stops at ${inner[0]} px)`);
		}
	}

	async screenshot({ path } = {}) {
		const png = Buffer.from(await this.ctx.send('GET', '/screenshot'), 'base64');
		if (path) await writeFile(path, png);
		return png;
	}

	/** The frames of the page's <iframe> elements. */
	async childFrames() {
		const refs = await this.evaluate(() => [...document.querySelectorAll('iframe')]);
		return refs.map((ref) => new WebKitFrame(this.ctx, [ref], new WebKitElement(this, ref[ELEMENT])));
	}

	/** The handles of the context's windows other than this page's. */
	async otherWindows() {
		const all = await this.ctx.send('GET', '/window/handles');
		return all.filter((h) => h !== this.handle);
	}

	/** The address a window shows, then back to this page. */
	async windowURL(handle) {
		await this.ctx.send('POST', '/window', { handle });
		try {
			return await this.ctx.send('GET', '/url');
		} finally {
			await this.ctx.send('POST', '/window', { handle: this.handle });
		}
	}

	async closeWindow(handle) {
		await this.ctx.send('POST', '/window', { handle });
		await this.ctx.send('DELETE', '/window');
		await this.ctx.send('POST', '/window', { handle: this.handle });
	}
}
