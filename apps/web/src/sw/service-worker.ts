import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { OFFLINE_READS, offlinePageOf, PAPER_CACHE } from '../quiz-app/offline-pages';

/**
 * The service worker of the light entry's pages (/sw.js, one registration per page prefix, see
 * quiz-app/offline-worker.ts): a reload without a network reopens the page with the last paper.
 * Its own tsconfig (tsconfig.sw.json) gives it the worker's globals instead of the DOM's.
 */
declare const self: ServiceWorkerGlobalScope;
/** The quiz build's pages, scripts, styles and woff2 fonts, written in by vite.service-worker.ts. */
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

/** A network slower than this on a reload: the precached page, which then asks for its paper. */
const PAGE_TIMEOUT_S = 4;
/** A paper slower than this: the last copy (the page keeps its clock and answers: attempt-snapshot.ts). */
const PAPER_TIMEOUT_S = 8;

// A new build takes over at once: the entry has no lazy chunks an older page could still ask for.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(__PRECACHE_MANIFEST__);

// Pages: from the network whenever it answers (a new build's HTML), else the entry's precached HTML.
registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      networkTimeoutSeconds: PAGE_TIMEOUT_S,
      plugins: [
        {
          handlerDidError: async ({ request }) => {
            const page = offlinePageOf(new URL(request.url).pathname);
            return (page && (await matchPrecache(page.html))) || undefined;
          },
        },
      ],
    }),
  ),
);

// The student's paper: network-first, the last copy offline. Only 200s are kept; nothing else of the API.
registerRoute(
  ({ request, url, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && OFFLINE_READS.some((read) => read.test(url.pathname)),
  new NetworkFirst({ cacheName: PAPER_CACHE, networkTimeoutSeconds: PAPER_TIMEOUT_S }),
);
