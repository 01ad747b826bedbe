import { describe, expect, it } from 'vitest';
import { formatRemaining, remainingMs, serverClock } from '../src/quiz-app/server-clock';

describe('server clock', () => {
  it('counts down to the deadline by the server clock, whatever the device clock says', () => {
    // The phone is 10 minutes fast: its own clock would show 35 minutes left instead of 45.
    let device = Date.parse('2026-11-20T08:10:00.000Z');
    const clock = serverClock('2026-11-20T08:00:00.000Z', device, () => device);
    expect(formatRemaining(remainingMs('2026-11-20T08:45:00.000Z', clock))).toBe('45:00');

    device += 61_500;
    expect(formatRemaining(remainingMs('2026-11-20T08:45:00.000Z', clock))).toBe('43:59');
  });

  it('takes the offset from when the attempt was asked for, so a slow download only shortens the count', () => {
    const requested = Date.parse('2026-11-20T08:00:00.000Z');
    // The server stamped its clock somewhere during a 5-second download; the page draws after it.
    const clock = serverClock('2026-11-20T08:00:00.000Z', requested, () => requested + 5000);
    expect(remainingMs('2026-11-20T08:01:00.000Z', clock)).toBe(55_000);
  });

  it('never goes below zero and shows hours past sixty minutes', () => {
    const now = Date.parse('2026-11-20T09:00:00.000Z');
    const clock = serverClock('2026-11-20T09:00:00.000Z', now, () => now);
    expect(remainingMs('2026-11-20T08:59:00.000Z', clock)).toBe(0);
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(90 * 60_000)).toBe('1:30:00');
  });
});
