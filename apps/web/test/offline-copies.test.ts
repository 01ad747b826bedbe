import { describe, expect, it } from 'vitest';
import { storageKeyOf } from '../src/quiz-app/answer-queue';
import { recordSaved, resumeFromSnapshot } from '../src/quiz-app/attempt-snapshot';
import { OFFLINE_READS, offlinePageOf, PAPER_CACHE } from '../src/quiz-app/offline-pages';
import { forgetOfflineCopies, keepPaperOffline } from '../src/quiz-app/offline-worker';
import { precacheEntries } from '../vite.service-worker';
import { ATTEMPT_ID, attemptViewOf, OPTION_IDS } from './quiz-fixtures';

/** Cache Storage as the page uses it, in memory (jsdom has none). */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    const cache = {
      put: async (request: RequestInfo | URL, response: Response) => {
        const key = String(request instanceof Request ? request.url : request);
        entries.delete(key);
        entries.set(key, response);
      },
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
      delete: async (request: RequestInfo | URL) =>
        entries.delete(String(request instanceof Request ? request.url : request)),
    };
    return cache as unknown as Cache;
  };
  return { stores, open, delete: async (name: string) => stores.delete(name) };
}

describe('what a reload without a network finds', () => {
  it('replays a cached paper with the answers acknowledged since and the clock of its first load', () => {
    const fresh = resumeFromSnapshot({ view: attemptViewOf(), requestedAt: 1000 });
    expect(fresh.replayed).toBe(false);
    recordSaved(ATTEMPT_ID, { seq: 1, answers: [{ key: '1', answer: { choice: OPTION_IDS.B } }] });
    recordSaved(ATTEMPT_ID, { seq: 3, answers: [{ key: '3', answer: { text: '0,5' } }] });
    recordSaved(ATTEMPT_ID, { seq: 4, answers: [{ key: '3', answer: null }] });

    const replayed = resumeFromSnapshot({ view: attemptViewOf(), requestedAt: 999_999 });
    expect(replayed).toMatchObject({ replayed: true, requestedAt: 1000 });
    expect(replayed.view.answers).toEqual({ '1': { choice: OPTION_IDS.B } });
    expect(replayed.view.seq).toBe(4);

    // A paper from the server (a later serverNow) is fresh: shown as it is, remembered anew.
    const later = attemptViewOf({ serverNow: '2020-01-01T08:20:00.000Z', seq: 7, answers: {} });
    expect(resumeFromSnapshot({ view: later, requestedAt: 5000 })).toEqual({
      view: later,
      requestedAt: 5000,
      replayed: false,
    });
  });

  it('caches only the student’s own paper and practice topics: never results, saves, keys or other API reads', () => {
    const matches = (path: string) => OFFLINE_READS.some((read) => read.test(path));
    expect(matches(`/api/attempts/${ATTEMPT_ID}`)).toBe(true);
    expect(matches('/api/practice/progress')).toBe(true);
    for (const path of [
      '/api/practice/next',
      '/api/practice/answers',
      `/api/attempts/${ATTEMPT_ID}/result`,
      `/api/attempts/${ATTEMPT_ID}/answers`,
      `/api/attempts/${ATTEMPT_ID}/submit`,
      '/api/auth/me',
      '/api/attempts',
      `/api/exams/${ATTEMPT_ID}`,
    ])
      expect(matches(path), path).toBe(false);
    expect(offlinePageOf(`/lam-bai/${ATTEMPT_ID}`)?.html).toBe('/quiz.html');
    expect(offlinePageOf('/luyen-tap')?.html).toBe('/quiz.html');
    expect(offlinePageOf('/bai-kiem-tra')).toBeUndefined();
  });

  it('keeps the ten newest papers, and forgets papers and snapshots (not queued answers) at sign-out', async () => {
    const caches = memoryCaches();
    for (let i = 0; i < 12; i += 1)
      await keepPaperOffline(
        attemptViewOf({ id: `6b1c1a52-6a2a-4d38-9a55-4c5b0a0f3e${String(i).padStart(2, '0')}` }),
        caches,
      );
    const kept = [...(caches.stores.get(PAPER_CACHE)?.keys() ?? [])];
    expect(kept).toHaveLength(10);
    expect(kept[0]).toMatch(/\/api\/attempts\/6b1c1a52-6a2a-4d38-9a55-4c5b0a0f3e02$/);
    expect(
      await caches.stores
        .get(PAPER_CACHE)
        ?.get(kept[9] ?? '')
        ?.json(),
    ).toMatchObject({ versionCode: '102' });

    resumeFromSnapshot({ view: attemptViewOf(), requestedAt: 1000 });
    localStorage.setItem(storageKeyOf(ATTEMPT_ID), '{"seq":1,"ackedSeq":0,"pending":{}}');
    await forgetOfflineCopies(caches);
    expect(caches.stores.has(PAPER_CACHE)).toBe(false);
    expect(resumeFromSnapshot({ view: attemptViewOf(), requestedAt: 2000 }).replayed).toBe(false);
    expect(localStorage.getItem(storageKeyOf(ATTEMPT_ID))).not.toBeNull();
  });

  it('precaches the entry’s page, scripts, styles and woff2 fonts, fingerprinted ones by URL', () => {
    const entries = precacheEntries([
      { fileName: 'quiz.html', source: '<!doctype html>' },
      { fileName: 'assets/quiz-C53jLUNc.js', source: 'x' },
      { fileName: 'assets/quiz-Bkok3V0E.css', source: 'y' },
      { fileName: 'assets/KaTeX_Main-Regular-B22Nviop.woff2', source: new Uint8Array([1]) },
      { fileName: 'assets/KaTeX_Main-Regular-Dr94JaBh.woff', source: new Uint8Array([1]) },
      { fileName: 'assets/KaTeX_Main-Regular-ypZvNtVU.ttf', source: new Uint8Array([1]) },
    ]);
    expect(entries.map((entry) => entry.url)).toEqual([
      '/assets/KaTeX_Main-Regular-B22Nviop.woff2',
      '/assets/quiz-Bkok3V0E.css',
      '/assets/quiz-C53jLUNc.js',
      '/quiz.html',
    ]);
    expect(entries.filter((entry) => entry.revision !== null).map((entry) => entry.url)).toEqual([
      '/quiz.html',
    ]);
  });
});
