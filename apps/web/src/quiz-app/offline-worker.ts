import type { AttemptView } from '@hoclieu/contracts';
import { attemptPaths, pathOf } from '@hoclieu/contracts/paths';
import { forgetAllSnapshots } from './attempt-snapshot';
import { offlinePageOf, PAPER_CACHE, PAPER_CACHE_ENTRIES } from './offline-pages';

/** The service worker's script, built by vite.service-worker.ts into the web app's root. */
const WORKER_URL = '/sw.js';

type CacheStorageLike = Pick<CacheStorage, 'open' | 'delete'>;
const defaultCaches = (): CacheStorageLike | null => globalThis.caches ?? null;

/**
 * Installs the service worker for the light entry's page being shown (its scope is that page's
 * prefix, so the main app never runs through it), once the page has loaded: it must not compete
 * with the paper for a weak network. Production builds only (`vite dev` has no worker).
 */
export function registerOfflineWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const page = offlinePageOf(window.location.pathname);
  if (!page) return;
  const register = () => {
    navigator.serviceWorker
      .register(WORKER_URL, { scope: page.prefix, updateViaCache: 'none' })
      .catch(() => undefined); // No worker (private mode, an old browser): the page works online as before.
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Stores a paper the page got without the worker (handed over by the list's start, or read before
 * the worker was installed) where the worker looks for it offline, keeping the newest copies only.
 */
export async function keepPaperOffline(view: AttemptView, storage = defaultCaches()) {
  if (!storage) return;
  try {
    const cache = await storage.open(PAPER_CACHE);
    const url = new URL(pathOf(attemptPaths.attempt, { attemptId: view.id }), window.location.origin);
    const body = JSON.stringify(view);
    await cache.put(url, new Response(body, { headers: { 'content-type': 'application/json' } }));
    // Oldest first: a put moves its entry to the end.
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, -PAPER_CACHE_ENTRIES).map((request) => cache.delete(request)));
  } catch {
    // Quota or a forbidden cache: the worker's own copy (if any) still serves.
  }
}

/**
 * Sign-in and sign-out on a shared phone: the previous student's papers and answers must not
 * reopen. The precached page itself holds no one's data and stays.
 */
export async function forgetOfflineCopies(storage = defaultCaches()) {
  forgetAllSnapshots();
  try {
    await storage?.delete(PAPER_CACHE);
  } catch {
    // Nothing was stored.
  }
}
