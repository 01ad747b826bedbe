import { describe, expect, it } from 'vitest';
import type { CacheBus } from '../src/cache/cache-bus.js';
import { createReportCache } from '../src/modules/reports/report-cache.js';

/** A bus the test drives: `change()` is the database's notification, `listening` its connection. */
function fakeBus() {
  const handlers: (() => void)[] = [];
  const bus = {
    listening: true,
    change: () => {
      for (const handler of handlers) handler();
    },
    on: (_topic: string, handler: () => void) => handlers.push(handler),
    onReset: (handler: () => void) => handlers.push(handler),
    isListening: () => bus.listening,
  };
  return bus;
}

function counted(bus?: ReturnType<typeof fakeBus>, size?: number) {
  const clock = { now: 0 };
  let computations = 0;
  const cache = createReportCache<number>({
    now: () => clock.now,
    freshMs: 10,
    ...(bus ? { bus: bus as unknown as CacheBus } : {}),
    ...(size ? { size } : {}),
  });
  const read = (key = 'unit') =>
    cache.get(key, async () => {
      computations += 1;
      return computations;
    });
  return { clock, read, computations: () => computations };
}

describe('the reports cache', () => {
  it('shares one computation between requests that come together, and computes again after the bound', async () => {
    const c = counted();
    expect(await Promise.all([c.read(), c.read(), c.read()])).toEqual([1, 1, 1]);
    c.clock.now = 9;
    expect(await c.read()).toBe(1);
    c.clock.now = 10;
    expect(await c.read()).toBe(2);
  });

  it('with a bus, reuses an entry past the bound until a change is heard', async () => {
    const bus = fakeBus();
    const c = counted(bus);
    await c.read();
    c.clock.now = 1_000_000;
    expect(await c.read()).toBe(1);
    bus.change();
    // Within the bound of the change the entry still serves; after it, the figures are computed again.
    expect(await c.read()).toBe(2);
    c.clock.now += 5;
    bus.change();
    expect(await c.read()).toBe(2);
    c.clock.now += 10;
    expect(await c.read()).toBe(3);
  });

  it('counts only on the bound while the bus does not listen (changes may be missed)', async () => {
    const bus = fakeBus();
    const c = counted(bus);
    await c.read();
    bus.listening = false;
    c.clock.now = 10;
    expect(await c.read()).toBe(2);
  });

  it('keeps no failed computation, and at most `size` entries', async () => {
    const clock = { now: 0 };
    const cache = createReportCache<number>({ now: () => clock.now, freshMs: 10, size: 2 });
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => 1)).toBe(1);
    await cache.get('b', async () => 2);
    await cache.get('c', async () => 3);
    // 'a' was the oldest of three: dropped, so it is computed again.
    expect(await cache.get('a', async () => 4)).toBe(4);
    expect(await cache.get('c', async () => 5)).toBe(3);
  });

  it('computes again when the clock goes back', async () => {
    const c = counted();
    c.clock.now = 100;
    await c.read();
    c.clock.now = 50;
    expect(await c.read()).toBe(2);
  });
});
