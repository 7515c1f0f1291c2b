// Says, quietly, whether the viewer is available offline: sets
// data-offline="ready" on <html> (web/style.css then shows the footer's
// "Available offline") once a service worker controls the page and the cache
// of this version holds every page and asset it precaches (app/ui/app-worker.js).
// Also tells the app when a new version has taken over an open page, so that
// it offers to reload.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw || !window.caches) {
    return;
  }
  const version = typeof goappGetenv === "function" ? goappGetenv("GOAPP_VERSION") : "";

  function ask(worker) {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = (e) => resolve(e.data || {});
      setTimeout(() => resolve({}), 10000); // a worker that does not answer
      worker.postMessage({ type: "offline-status" }, [ch.port2]);
    });
  }

  // The worker in control answers with its version: when that is not the
  // page's own, a new version has taken over (installed, cache complete) and
  // the app offers to reload (goappOnUpdate, which app/ui/update.go shows).
  async function check() {
    const worker = sw.controller;
    let ready = false;
    if (worker && version) {
      const status = await ask(worker);
      if (status.version && status.version !== version && typeof goappOnUpdate === "function") {
        goappOnUpdate();
      }
      ready = status.version === version && status.complete === true && (await caches.has("app-" + version));
    }
    if (ready) {
      document.documentElement.setAttribute("data-offline", "ready");
    } else {
      document.documentElement.removeAttribute("data-offline");
    }
  }

  // go-app's own signal takes the controller set when the new worker is
  // activated for the sign of an update, but this worker sets it on a first
  // visit too: the check above replaces it.
  window.goappSetupNotifyUpdate = () => {};
  // Asked once the new worker has finished activating (old caches deleted).
  sw.addEventListener("controllerchange", () => {
    const worker = sw.controller;
    if (!worker || worker.state === "activated") {
      check().catch(() => {});
      return;
    }
    worker.addEventListener("statechange", function once() {
      if (worker.state === "activated") {
        worker.removeEventListener("statechange", once);
        check().catch(() => {});
      }
    });
  });
  check().catch(() => {});
})();
