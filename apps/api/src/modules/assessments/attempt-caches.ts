import { createBoundedCache } from '../../cache/bounded-cache.js';
import type { CacheBus } from '../../cache/cache-bus.js';
import { createPaperCache } from './papers.js';

/** What saving needs of a version: answerable keys with their original option letters, and their places in the paper. */
export interface VersionKeys {
  labels: Map<string, string[]>;
  positions: Map<string, number>;
}

/** Who owns an attempt and which version it answers. */
export interface AttemptOwner {
  studentId: string;
  versionId: string;
}

/**
 * What starting an attempt needs of its assignment: a district starts at once. The cache bus drops
 * an entry on every process when the assignment changes; this bound holds while the bus reconnects.
 */
const ASSIGNMENT_FACTS_MS = 5_000;

/**
 * The attempt service's caches, one process each, all bounded (bounded-cache.ts). What makes an entry
 * wrong, and why nothing needs to invalidate it:
 * - `papers`, `keys` (per version): a version's items, contents and layout are fixed from its exam's
 *   first assignment on (editing or redrawing the exam is refused, TEST_LOCKED), and no attempt
 *   exists before. A key correction changes only which answer is right (`keyOverride`), which no
 *   paper and no option letter carries: results and reviews read keys from the exam, uncached.
 * - `owners` (per attempt): an attempt's student and version never change.
 * - `assignmentFacts` (per assignment, the start's window, attempts allowed, time limit, extra time,
 *   versions, maximum score): any change to the assignment row, by a route or in the database,
 *   notifies the cache bus on commit (a trigger) and every process drops the entry at once.
 * A lost bus connection may have missed notifications: once it listens again every cache is cleared.
 * The limits only bound memory: an evicted entry is read again from the database.
 */
export function createAttemptCaches<AssignmentFacts>(now: () => number, bus: CacheBus) {
  const caches = {
    papers: createPaperCache(500),
    keys: createBoundedCache<string, VersionKeys>({ max: 500 }),
    owners: createBoundedCache<string, AttemptOwner>({ max: 200_000 }),
    assignmentFacts: createBoundedCache<string, Promise<AssignmentFacts>>({
      max: 10_000,
      ttlMs: ASSIGNMENT_FACTS_MS,
      now,
    }),
  };
  bus.on('assignment', ({ id }) => caches.assignmentFacts.delete(id));
  bus.onReset(() => {
    caches.papers.clear();
    caches.keys.clear();
    caches.owners.clear();
    caches.assignmentFacts.clear();
  });
  return caches;
}
