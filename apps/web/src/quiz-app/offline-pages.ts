import { attemptPaths, practicePaths } from '@hoclieu/contracts/paths';

/**
 * What reopens without a network, shared by the pages (registration, logout) and the service worker
 * (apps/web/src/sw/service-worker.ts). No DOM here: the worker imports it too.
 *
 * A page of the light entry: its URL prefix is the service worker's scope (the main app stays out of
 * it) and, offline, a navigation under it gets the entry's precached HTML.
 */
interface OfflinePage {
  prefix: string;
  html: string;
}

const OFFLINE_PAGES: readonly OfflinePage[] = [
  { prefix: '/lam-bai/', html: '/quiz.html' },
  // Luyện tập: the same entry. Its page reopens offline with the student's topics (OFFLINE_READS).
  { prefix: '/luyen-tap', html: '/quiz.html' },
];

/** `/api/attempts/:attemptId` → a pattern matching one such path (a parameter is one segment). */
const pathPattern = (template: string) =>
  new RegExp(`^${template.replace(/:[A-Za-z]+/g, '[^/]+').replaceAll('.', '\\.')}$`);

/**
 * The API reads answered network-first: from the network when there is one, else the last copy.
 * Only the student's own paper (the attempt view carries no key) and practice topics (their own
 * mastery); never results, keys, lists or a practice question (its ticket is served once).
 */
export const OFFLINE_READS: readonly RegExp[] = [
  pathPattern(attemptPaths.attempt),
  pathPattern(practicePaths.progress),
];

/** The cache holding those copies: a student's data, emptied when anyone signs in or out. */
export const PAPER_CACHE = 'hoclieu-papers';

/** The newest copies kept; older papers are dropped (an attempt lasts a lesson, not a term). */
export const PAPER_CACHE_ENTRIES = 10;

export const offlinePageOf = (pathname: string): OfflinePage | undefined =>
  OFFLINE_PAGES.find(({ prefix }) => pathname.startsWith(prefix));
