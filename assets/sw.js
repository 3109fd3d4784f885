// Tartip's service worker: keeps the app and the regulation texts on the device so
// Tartip works offline. Pages are fetched fresh when online and fall back to the cached
// app; everything else (hashed bundles, regulation texts) is served from the cache once
// seen. Nothing but this origin's own files is ever requested or stored.
const CACHE = 'tartip-v1';

// On install, keep the app page and every bundle it names (script, wasm, styles), so the
// very first visit is enough to work offline afterwards.
self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const response = await fetch('/', { cache: 'no-cache' });
      const page = await response.clone().text();
      await cache.put('/', response);
      const bundles = [...page.matchAll(/(?:href|src)="(\/[^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
      await cache.addAll([...new Set(bundles)]);
    }),
  );
});

// A new build brings new hashed bundles: drop the ones no page names any more.
async function dropStale() {
  const cache = await caches.open(CACHE);
  const page = await cache.match('/');
  if (!page) return;
  const named = await page.text();
  for (const request of await cache.keys()) {
    const file = new URL(request.url).pathname;
    if (/\.(js|wasm|css)$/.test(file) && file !== '/sw.js' && !named.includes(file)) await cache.delete(request);
  }
}

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim().then(dropStale)));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('/', copy));
          return response;
        })
        .catch(() => caches.match('/')),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then((hit) =>
      hit ||
      fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      }),
    ),
  );
});
