// The viewer's service worker: after one visit every page of the site loads
// and works offline. It is a template that app/ui/handler.go and go-app's
// handler fill in with the site version, the assets go-app lists (scripts,
// styles, icons, manifest, app.wasm) and every prerendered page in the
// directory form a static host serves without a redirect ("/docs/"), all
// with the site's base applied.
//
// - install: fetch every page and asset past the HTTP cache into the cache
//   "app-<version>"; the install fails, and the worker in place stays, if one
//   of them cannot be fetched.
// - activate: delete every other cache, then take control of open pages.
// - navigation: the cached page for the path, query and hash ignored, else the
//   network, else the cached root page (the app routes by URL).
// - other GETs of this origin: the cache, else the network. Other origins and
//   other methods are left to the browser.
const cacheName = "app-" + "{{.Version}}";
const root = new URL("./", self.location).pathname; // "/" or "/prefix/"
const pages = {{.Pages}};
const precached = [
  ...new Set(
    [...{{.ResourcesToCache}}, ...pages].map((u) =>
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
  await Promise.all(
    precached.map(async (url) => {
      const res = await fetch(url, { cache: "reload" });
      if (!res.ok) {
        throw new Error(`precaching ${url}: status ${res.status}`);
      }
      await cache.put(url, res.redirected ? await unredirected(res) : res);
    })
  );
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
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
      await self.clients.claim();
    })()
  );
});

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
  try {
    return await fetch(req);
  } catch (err) {
    const shell = await cache.match(root);
    if (shell) {
      return shell;
    }
    throw err;
  }
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
// is when this worker's cache holds every precached URL.
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "offline-status" || !event.ports[0]) {
    return;
  }
  event.waitUntil(
    (async () => {
      let complete = false;
      if (await caches.has(cacheName)) {
        const cache = await caches.open(cacheName);
        const found = await Promise.all(precached.map((u) => cache.match(u)));
        complete = found.every(Boolean);
      }
      event.ports[0].postMessage({ version: "{{.Version}}", complete });
    })()
  );
});
