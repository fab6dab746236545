/*
 * Keeps the wallet and the scanner usable offline: every same-origin GET goes to the network
 * first and its answer is kept; when the network is gone, the kept answer is served.
 */
const CACHE = 'podium-offline-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  // JSON answers are kept by the pages themselves (IndexedDB, local storage), not twice here.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/api/')) return;
  event.respondWith(fetch(request).then(response => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, {ignoreVary: true}).then(kept => kept || Response.error())));
});
