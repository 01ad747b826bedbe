/**
 * A small in-process cache: at most `max` entries, the least recently used evicted first, and with
 * `ttlMs` an entry is fresh while `0 <= now - storedAt < ttlMs` (a clock set back makes it stale
 * too). Every cache of the attempt service (attempt-caches.ts) is one of these, so none can grow
 * without bound.
 */
export interface BoundedCache<K, V> {
  /** The fresh value, now the most recently used; a stale entry is dropped. */
  get(key: K): V | undefined;
  set(key: K, value: V): V;
  delete(key: K): void;
  /** Forgets every entry (the cache bus lost notifications). */
  clear(): void;
  readonly size: number;
}

export function createBoundedCache<K, V>(options: {
  max: number;
  ttlMs?: number;
  /** Milliseconds; the service's clock, so tests can move time. */
  now?: () => number;
}): BoundedCache<K, V> {
  const { max, ttlMs, now = Date.now } = options;
  const entries = new Map<K, { value: V; at: number }>();
  const fresh = (at: number) => {
    if (ttlMs === undefined) return true;
    const age = now() - at;
    return age >= 0 && age < ttlMs;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (!fresh(entry.at)) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      if (entries.size >= max) entries.delete(entries.keys().next().value as K);
      entries.set(key, { value, at: ttlMs === undefined ? 0 : now() });
      return value;
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
