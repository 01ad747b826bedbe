import { createBoundedCache } from '../../cache/bounded-cache.js';
import type { CacheBus } from '../../cache/cache-bus.js';

/**
 * What a report route reuses between requests, per API process: one computation per key at a time
 * (officers opening a dashboard together share it), kept while fresh. Bounded (bounded-cache.ts): at
 * most `size` entries, the least recently used dropped first; a failed computation is not kept.
 *
 * With a cache bus, an entry is reused past `freshMs` for as long as no change to what reports are
 * computed from was heard (topic `reports`, sent by the database's triggers on commit; migration
 * report_cache_events): a dashboard nobody's data changed is not computed again every few seconds,
 * and a change shows within `freshMs` on every process. While the bus does not listen (it may miss
 * changes), only `freshMs` holds.
 */
export interface ReportCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
}

interface Options {
  now: () => number;
  freshMs: number;
  bus?: CacheBus;
  size?: number;
}

interface Entry<T> {
  at: number;
  /** The count of changes heard when the computation started. */
  changes: number;
  value: Promise<T>;
}

const DEFAULT_SIZE = 500;

export function createReportCache<T>({ now, freshMs, bus, size = DEFAULT_SIZE }: Options): ReportCache<T> {
  const entries = createBoundedCache<string, Entry<T>>({ max: size });
  let changes = 0;
  const changed = () => {
    changes += 1;
  };
  bus?.on('reports', changed);
  bus?.onReset(changed);

  const usable = (entry: Entry<T>, at: number) => {
    if (at < entry.at) return false; // a clock set back: compute again
    if (at - entry.at < freshMs) return true;
    return entry.changes === changes && bus !== undefined && bus.isListening();
  };

  return {
    get(key, compute) {
      const at = now();
      const cached = entries.get(key);
      if (cached && usable(cached, at)) return cached.value;
      const entry = entries.set(key, { at, changes, value: compute() });
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value;
    },
  };
}
