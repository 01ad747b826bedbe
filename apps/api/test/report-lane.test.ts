import { describe, expect, it } from 'vitest';
import { createReportLane } from '../src/modules/reports/report-lane.js';

describe('the report lane', () => {
  it('runs one computation at a time, in arrival order, and a failure does not hold the next', async () => {
    const lane = createReportLane();
    const events: string[] = [];
    let running = 0;
    let most = 0;
    const work = (name: string, fail = false) =>
      lane(async () => {
        running += 1;
        most = Math.max(most, running);
        events.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 5));
        events.push(`end ${name}`);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([work('a'), work('b', true), work('c')]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(results[1]?.status).toBe('rejected');
    expect(most).toBe(1);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
