import { describe, expect, test } from 'vitest';
import { createBoundedCache } from '../src/cache/bounded-cache.js';

describe('createBoundedCache', () => {
  test('keeps at most max entries, evicting the least recently used', () => {
    const cache = createBoundedCache<string, number>({ max: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recently used
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  test('setting a key again replaces it without evicting another', () => {
    const cache = createBoundedCache<string, number>({ max: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    expect(cache.get('a')).toBe(10);
    expect(cache.get('b')).toBe(2);
  });

  test('an entry is fresh from its storing until ttlMs later, exclusive', () => {
    let now = 1_000;
    const cache = createBoundedCache<string, string>({ max: 10, ttlMs: 5_000, now: () => now });
    cache.set('x', 'facts');
    now = 5_999;
    expect(cache.get('x')).toBe('facts');
    now = 6_000;
    expect(cache.get('x')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  test('a clock set back before the storing makes the entry stale', () => {
    let now = 10_000;
    const cache = createBoundedCache<string, string>({ max: 10, ttlMs: 5_000, now: () => now });
    cache.set('x', 'facts');
    now = 9_999;
    expect(cache.get('x')).toBeUndefined();
  });

  test('without ttlMs entries never go stale; delete drops one', () => {
    const cache = createBoundedCache<string, number>({ max: 10 });
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });
});
