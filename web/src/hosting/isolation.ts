// Cross-origin isolation on hosts without COOP/COEP headers: register the service-worker shim
// (public/coi-sw.js) and reload once under it. Where that cannot work (no service workers, an
// insecure origin, the shim already tried), the page goes on without isolation and loads the
// single-threaded engine.
const TRIED = 'loopscope.coi-reloaded';

export type Isolation =
  | { isolated: true; via: 'headers' | 'service worker' }
  | { isolated: false; reason: string };

// Resolves with how the page is isolated, or never when it is about to reload.
export async function ensureIsolation(win: Window = window): Promise<Isolation> {
  const controlled = Boolean(win.navigator.serviceWorker?.controller);
  if (win.crossOriginIsolated) {
    win.sessionStorage.removeItem(TRIED);
    return { isolated: true, via: controlled ? 'service worker' : 'headers' };
  }
  if (new URLSearchParams(win.location.search).has('no-coi')) return { isolated: false, reason: 'the shim is turned off (?no-coi)' };
  if (!win.isSecureContext) return { isolated: false, reason: 'service workers need https or localhost' };
  if (!('serviceWorker' in win.navigator)) return { isolated: false, reason: 'this browser has no service workers' };
  // Under the shim and still not isolated: the browser will not isolate this page; don't loop.
  if (controlled || win.sessionStorage.getItem(TRIED)) {
    return { isolated: false, reason: 'the service-worker shim could not isolate this page' };
  }
  try {
    const registration = await win.navigator.serviceWorker.register(new URL('coi-sw.js', win.document.baseURI), { scope: './' });
    await waitUntilActive(registration);
  } catch (error) {
    return { isolated: false, reason: `the service-worker shim failed to register (${String((error as Error).message ?? error)})` };
  }
  win.sessionStorage.setItem(TRIED, '1');
  win.location.reload();
  return new Promise(() => {}); // the reload replaces this page
}

function waitUntilActive(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker || worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
    });
  });
}
