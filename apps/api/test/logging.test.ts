import { describe, expect, it } from 'vitest';
import { humanLine } from '../src/logging.js';

describe('development log lines', () => {
  it('reads as one line: Vietnam time, level, request, message, other fields', () => {
    const line = humanLine({
      level: 30,
      time: Date.UTC(2026, 11, 6, 1, 2, 3),
      msg: 'request completed',
      req: { method: 'GET', url: '/api/setup' },
      res: { statusCode: 200 },
      responseTime: 4.6,
      reqId: 'r1',
    });
    expect(line).toBe('08:02:03 INFO  GET /api/setup 200 5ms request completed reqId=r1\n');
  });

  it('puts an error stack under the line', () => {
    const line = humanLine({
      level: 60,
      time: Date.UTC(2026, 11, 6, 17, 0, 0),
      msg: 'could not start',
      err: { stack: 'Error: x\n    at y' },
    });
    expect(line).toBe('00:00:00 FATAL could not start\nError: x\n    at y\n');
  });
});
