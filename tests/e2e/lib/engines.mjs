// The three browser engines the suite runs every journey in, from Debian's
// packages (see ../README.md):
//   chromium  Blink, through puppeteer-core (DevTools protocol)
//   firefox   Gecko (Firefox ESR), through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK, the engine of Safari, through WebKitWebDriver (lib/webdriver.mjs)
// E2E_ENGINES=chromium,firefox narrows the run.
//
// Each engine says what its driver cannot do headless here (`lacks`), with the
// reason: a journey that needs it skips that step by name, never silently.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

import { launch as launchChromium, removingOnClose } from './browser.mjs';
import { serveRecorded } from './recorder.mjs';
import { serve } from './server.mjs';
import { launchWebKit } from './webdriver.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

export const ENGINES = (process.env.E2E_ENGINES || ALL_ENGINES.join(','))
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);
for (const e of ENGINES) {
	if (!ALL_ENGINES.includes(e)) throw new Error(`E2E_ENGINES: unknown engine ${e} (known: ${ALL_ENGINES.join(', ')})`);
}

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

// What each driver cannot do, and why. Keys are the capabilities journeys ask for.
const LACKS = {
	chromium: {},
	firefox: {
		colorScheme: 'puppeteer cannot emulate prefers-color-scheme over WebDriver BiDi (it needs CDP): launch with the scheme instead',
		printMedia: 'puppeteer cannot emulate print media over WebDriver BiDi (it needs CDP)',
		scriptsOff: 'Firefox ESR 153 does not implement emulation.setScriptingEnabled of WebDriver BiDi',
		downloads: 'puppeteer cannot observe downloads over WebDriver BiDi',
		serviceWorkerResponses: "WebDriver BiDi does not say whether the service worker answered a request",
	},
	webkit: {
		colorScheme: 'classic WebDriver cannot emulate prefers-color-scheme: launch with the scheme instead',
		printMedia: 'classic WebDriver cannot emulate print media',
		scriptsOff: 'classic WebDriver cannot turn scripts off',
		downloads: 'classic WebDriver cannot observe downloads',
		serviceWorkerResponses: 'classic WebDriver does not say who answered a request',
		interception: 'classic WebDriver cannot hold back or block a request',
		beforeScripts: "classic WebDriver cannot run a script before the page's own",
		narrowViewport: 'the MiniBrowser window of WebKitGTK cannot be narrower than about 450 px',
	},
};

/** Why `engine` cannot do `capability`, or '' if it can. */
export function lacks(engine, capability) {
	return LACKS[engine]?.[capability] ?? '';
}

/**
 * Launches `engine`. The result is puppeteer's Browser (Chromium, Firefox) or
 * lib/webdriver.mjs's equivalent (WebKit), with `.engine` set. colorScheme
 * ('light' or 'dark') fixes prefers-color-scheme for the whole browser, for
 * the engines that cannot emulate it per page.
 */
export async function launchEngine(engine, { colorScheme = 'light' } = {}) {
	let browser;
	switch (engine) {
		case 'chromium':
			browser = await launchChromium();
			break;
		case 'firefox': {
			const profile = await mkdtemp(path.join(os.tmpdir(), 'e2e-firefox-'));
			browser = await puppeteer.launch({
				browser: 'firefox',
				executablePath: FIREFOX,
				headless: true,
				userDataDir: profile,
				defaultViewport: { width: 1280, height: 900 },
				protocolTimeout: 300_000,
				extraPrefsFirefox: {
					// No connection to Mozilla's services (the network is closed here).
					'app.update.enabled': false,
					'browser.safebrowsing.malware.enabled': false,
					'browser.safebrowsing.phishing.enabled': false,
					'network.captive-portal-service.enabled': false,
					'network.connectivity-service.enabled': false,
					'datareporting.policy.dataSubmissionEnabled': false,
					'toolkit.telemetry.enabled': false,
					// Service workers on http://127.0.0.1, as on localhost.
					'dom.serviceWorkers.testing.enabled': true,
					// Downloads saved without a dialog or a panel, which would take
					// the focus from the page.
					'browser.download.always_ask_before_handling_new_types': false,
					'browser.download.alwaysOpenPanel': false,
					'browser.download.panel.shown': true,
					'browser.download.useDownloadDir': true,
					'browser.download.folderList': 2,
					'browser.download.dir': path.join(profile, 'downloads'),
					'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json',
					// prefers-color-scheme: 0 dark, 1 light.
					'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
				},
			});
			removingOnClose(browser, profile);
			break;
		}
		case 'webkit':
			// WebKitGTK follows the GTK theme (MiniBrowser's --dark-mode is
			// ignored under automation).
			browser = await launchWebKit({ env: { GTK_THEME: colorScheme === 'dark' ? 'Adwaita:dark' : 'Adwaita' } });
			break;
		default:
			throw new Error(`unknown engine ${engine}`);
	}
	browser.engine = engine;
	return browser;
}

/**
 * Serves a built site for `engine`: with python3 -m http.server where the
 * driver reports the page's problems itself, with lib/recorder.mjs (a static
 * server that records them) where it does not.
 */
export function serveFor(engine, dir, opts) {
	return engine === 'webkit' ? serveRecorded(dir, opts) : serve(dir, opts);
}
