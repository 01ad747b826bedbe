import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { similarWithinBudget } from '../src/modules/questions/similar.js';

/** A lookup that answers each key with one "similar question" named after it, after a delay. */
const slowLookup = (ms: number) => async (keys: string[]) => {
  await sleep(ms);
  return keys.map((key) => [{ id: key, stemText: key, similarity: 1 }]);
};

describe('near-duplicate lookups of a large preview', () => {
  const keys = Array.from({ length: 500 }, (_, i) => `cau ${i + 1}`);

  it('checks every stem, in order and in chunks, when the budget allows', async () => {
    const found = await similarWithinBudget(slowLookup(1), keys, 60_000);
    expect(found.map((list) => list[0]?.id)).toEqual(keys);
  });

  it('stops starting chunks once the budget is spent and returns the stems checked so far, in order', async () => {
    const found = await similarWithinBudget(slowLookup(40), keys, 100);
    expect(found.length).toBeGreaterThanOrEqual(50);
    expect(found.length).toBeLessThan(500);
    expect(found.length % 50).toBe(0);
    expect(found.map((list) => list[0]?.id)).toEqual(keys.slice(0, found.length));
  });
});
