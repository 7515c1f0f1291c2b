// The viewer's service worker: after one visit every page of the site loads
// and works offline. It is a template that app/ui/handler.go and go-app's
// handler fill in with the site version, the assets go-app lists (scripts,
// styles, icons, manifest, app.wasm) and every prerendered page in the
// directory form a static host serves without a redirect ("/docs/"), all
// with the site's base applied.
//
// - install: fetch every page and asset, revalidated with the host, into the cache
//   "app-<version>"; the install fails, and the worker in place stays, if one
//   of them cannot be fetched.
// - activate: delete every other cache, then take control of open pages.
// - navigation: the cached page for the path, query and hash ignored, else the
//   network, with the page for unknown addresses (404.html) when the host
//   has no page or cannot be reached (the app routes by URL).
// - other GETs of this origin: the cache, else the network. Other origins and
//   other methods are left to the browser.
// - a cache that lost entries (evicted, or cleared by hand) is refilled, and
//   caches of other builds are dropped, whenever the page asks whether the
//   site is available offline.
const cacheName = "app-" + "{{.Version}}";
const root = new URL("./", self.location).pathname; // "/" or "/prefix/"
const pages = {{.Pages}};
const notFoundPage = root + "404.html";
const precached = [
  ...new Set(
    [...{{.ResourcesToCache}}, ...pages, notFoundPage].map((u) =>
      // go-app resolves "/" under a prefix to "/prefix": the host redirects that.
      u === root.replace(/\/$/, "") ? root : u
    )
  ),
];

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

async function precache() {
  const cache = await caches.open(cacheName);
  await Promise.all(precached.map((url) => store(cache, url)));
}

// store fetches url into cache, revalidated with the host: what the HTTP
// cache holds is used only if the host says it is current (so app.wasm,
// which the page has just fetched, need not come twice); it fails if the
// host does not answer with success.
async function store(cache, url) {
  const res = await fetch(url, { cache: "no-cache" });
  if (!res.ok) {
    throw new Error(`caching ${url}: status ${res.status}`);
  }
  await cache.put(url, res.redirected ? await unredirected(res) : res);
}

// A navigation may not be answered with a response that was redirected.
async function unredirected(res) {
  return new Response(await res.blob(), {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(dropOtherCaches().then(() => self.clients.claim()));
});

// dropOtherCaches deletes every cache but this version's: those of older
// builds, and any other.
async function dropOtherCaches() {
  const keys = await caches.keys();
  await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (req.mode === "navigate") {
    event.respondWith(navigate(req, url));
    return;
  }
  event.respondWith(cacheFirst(req));
});

async function navigate(req, url) {
  const cache = await caches.open(cacheName);
  const page = await cache.match(directoryForm(url.pathname));
  if (page) {
    return page;
  }
  let res;
  try {
    res = await fetch(req);
  } catch (err) {
    return (await notFound(cache, 200)) || Promise.reject(err);
  }
  // A host without a page of its own for unknown addresses (python's
  // http.server) gets the site's.
  return (res.status === 404 && (await notFound(cache, 404))) || res;
}

// notFound answers with the site's page for unknown addresses, if cached.
async function notFound(cache, status) {
  const page = await cache.match(notFoundPage);
  if (!page) {
    return null;
  }
  return new Response(await page.blob(), { status, headers: page.headers });
}

// "/docs", "/docs/" and "/docs/index.html" are all the page "/docs/".
function directoryForm(path) {
  path = path.replace(/\/index\.html$/, "/");
  return path.endsWith("/") ? path : path + "/";
}

async function cacheFirst(req) {
  const cache = await caches.open(cacheName);
  return (await cache.match(req)) || fetch(req);
}

// The page asks whether the site is available offline (web/offline.js): it
// is when this worker's cache holds every precached URL. Entries that went
// missing are fetched again first, when the network answers, and the caches
// of other builds are dropped.
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "offline-status" || !event.ports[0]) {
    return;
  }
  event.waitUntil(
    (async () => {
      await dropOtherCaches();
      const complete = await refill(await caches.open(cacheName));
      event.ports[0].postMessage({ version: "{{.Version}}", complete });
    })()
  );
});

// refill fetches what the cache lacks of the precached URLs, and tells
// whether it holds them all afterwards.
async function refill(cache) {
  const found = await Promise.all(precached.map((u) => cache.match(u)));
  const missing = precached.filter((u, i) => !found[i]);
  const stored = await Promise.allSettled(missing.map((url) => store(cache, url)));
  return stored.every((s) => s.status === "fulfilled");
}
