// Cross-origin isolation for static hosts that cannot send COOP/COEP headers: this service
// worker serves the site's own responses again with those headers added, so the page gets
// SharedArrayBuffer (the pthreads engine, the real clock). Registered by src/hosting/isolation.ts
// only when the page is not isolated already; the page reloads once to come under it.
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // A request Chrome would reject from a service worker (devtools' cache probes).
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  // Only this site's files: other origins must opt in to being embedded themselves.
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request).then((response) => {
      if (response.status === 0) return response; // opaque: headers cannot be changed
      const headers = new Headers(response.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'same-origin');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }),
  );
});
