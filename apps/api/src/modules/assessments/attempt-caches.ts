import { createBoundedCache } from './bounded-cache.js';
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

/** What starting an attempt needs of its assignment: a district starts at once. */
const ASSIGNMENT_FACTS_MS = 5_000;

/**
 * The attempt service's caches, one process each, all bounded (bounded-cache.ts). What makes an entry
 * wrong, and why nothing needs to invalidate it:
 * - `papers`, `keys` (per version): a version's items, contents and layout are fixed from its test's
 *   first assignment on (editing or redrawing the test is refused, TEST_LOCKED), and no attempt
 *   exists before. A key correction changes only which answer is right (`keyOverride`), which no
 *   paper and no option letter carries: results and reviews read keys from the test, uncached.
 * - `owners` (per attempt): an attempt's student and version never change.
 * - `assignmentFacts` (per assignment, the start's window, attempts allowed, time limit, extra time,
 *   versions, maximum score): no route changes them once assigned (releasing changes only what the
 *   student sees afterwards); a change made in the database otherwise is seen within 5 s by starts.
 * The limits only bound memory: an evicted entry is read again from the database.
 */
export function createAttemptCaches<AssignmentFacts>(now: () => number) {
  return {
    papers: createPaperCache(500),
    keys: createBoundedCache<string, VersionKeys>({ max: 500 }),
    owners: createBoundedCache<string, AttemptOwner>({ max: 200_000 }),
    assignmentFacts: createBoundedCache<string, Promise<AssignmentFacts>>({
      max: 10_000,
      ttlMs: ASSIGNMENT_FACTS_MS,
      now,
    }),
  };
}
