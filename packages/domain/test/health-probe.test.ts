import { describe, expect, it } from 'vitest';
import { describeFailure, probeHealth } from '../src/index.js';

describe('probeHealth', () => {
  it('reports ok, or down with the failure instead of throwing', async () => {
    expect(await probeHealth(async () => 'pong', 1_000)).toMatchObject({ status: 'ok' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), { code: 'ECONNREFUSED' });
    const failed = await probeHealth(
      () => Promise.reject(new TypeError('fetch failed', { cause: refused })),
      1_000,
    );
    expect(failed).toMatchObject({
      status: 'down',
      message: 'fetch failed (connect ECONNREFUSED 127.0.0.1:7700)',
    });
  });

  it('gives up at the deadline', async () => {
    const report = await probeHealth(() => new Promise(() => {}), 20);
    expect(report).toMatchObject({ status: 'down', message: 'no answer within 20 ms' });
    expect(report.latencyMs).toBeGreaterThanOrEqual(15);
  });
});

describe('describeFailure', () => {
  it('names the code of a connection error whose message does not', () => {
    const reset = Object.assign(new AggregateError([], ''), { code: 'ECONNRESET' });
    expect(describeFailure(reset)).toBe('ECONNRESET');
    expect(describeFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(
      'ECONNRESET: socket hang up',
    );
    expect(describeFailure('plain')).toBe('plain');
  });
});
