import type { SearchIndex } from '@hoclieu/search';

/**
 * The real PostgreSQL index, made unreachable on demand: every call fails with `unreachable()`'s
 * message while it returns one (the engine is down, the database itself is up), and passes through
 * otherwise.
 */
export function switchableIndex(index: SearchIndex, unreachable: () => string | undefined): SearchIndex {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) => {
      const message = unreachable();
      return message ? Promise.reject(new Error(message)) : fn(...args);
    };
  return {
    kind: index.kind,
    name: index.name,
    ensureReady: guard(() => index.ensureReady()),
    upsert: guard((docs) => index.upsert(docs)),
    remove: guard((ids) => index.remove(ids)),
    search: guard((query) => index.search(query)),
    count: guard(() => index.count()),
    clear: guard(() => index.clear()),
  };
}
