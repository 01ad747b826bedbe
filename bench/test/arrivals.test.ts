import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random as seededRandom } from '../generate/text.js';
import { nextGapMs, runArrivals } from '../lib/arrivals.js';

describe('Poisson arrivals', () => {
  it('draws gaps whose mean is one over the rate, the same for the same seed', () => {
    const random = seededRandom(7);
    const gaps = Array.from({ length: 20_000 }, () => nextGapMs(500, random));
    const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    expect(mean).toBeGreaterThan(1.9);
    expect(mean).toBeLessThan(2.1);
    const again = seededRandom(7);
    expect(nextGapMs(500, again)).toBe(gaps[0]);
  });
});

describe('runArrivals', () => {
  const arrivals: { at: number; user: string }[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url?.startsWith('/save/')) arrivals.push({ at: performance.now(), user: request.url });
      response.statusCode = request.url === '/save/refused' ? 409 : 200;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('spreads requests over time instead of one burst a second, from every user', async () => {
    arrivals.length = 0;
    const users = Array.from({ length: 50 }, (_, i) => `u${i}`);
    const measured = await runArrivals({
      url,
      users,
      seconds: 2,
      rate: 300,
      request: (user) => ({ options: { method: 'PUT', path: `/save/${user}`, body: '{}' } }),
    });
    // 600 expected; a Poisson count stays within ± 4 standard deviations (± 98).
    expect(arrivals.length).toBeGreaterThan(500);
    expect(arrivals.length).toBeLessThan(700);
    expect(measured.count).toBe(arrivals.length);
    expect(measured.errors).toBe(0);
    // A synchronised burst would put a second's 300 requests into a few milliseconds and leave
    // most 100 ms windows empty; Poisson arrivals put about 30 into each (a busy machine's timer
    // stall may bunch a few windows, hence most, not all).
    const first = arrivals[0]?.at ?? 0;
    const perWindow = new Map<number, number>();
    for (const a of arrivals) {
      const window = Math.floor((a.at - first) / 100);
      perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
    }
    const typical = [...perWindow.values()].filter((count) => count >= 10 && count <= 60);
    expect(typical.length).toBeGreaterThanOrEqual(15);
    expect(new Set(arrivals.map((a) => a.user)).size).toBe(50);
  });

  it('counts the answers the request judges failed as errors', async () => {
    const measured = await runArrivals({
      url,
      users: ['refused'],
      seconds: 0.5,
      rate: 40,
      request: (user) => ({ options: { method: 'PUT', path: `/save/${user}`, body: '{}' } }),
    });
    expect(measured.count).toBe(0);
    expect(measured.errors).toBeGreaterThan(5);
  });
});
