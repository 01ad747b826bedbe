/**
 * The server's time as seen from this device: the offset between the server's clock and the
 * device's. A phone whose clock is minutes off still counts down to the server's deadline.
 */
export interface ServerClock {
  /** The server's "now" in epoch milliseconds. */
  now(): number;
}

export function serverClock(
  serverNow: string,
  /**
   * The device's time when the request carrying `serverNow` back was sent. The server read its
   * clock later than that (by up to the whole transfer of the paper on a slow network), so the
   * countdown can only end early, never after the server's deadline.
   */
  requestedAt: number,
  deviceNow: () => number = Date.now,
): ServerClock {
  const offset = Date.parse(serverNow) - requestedAt;
  return { now: () => deviceNow() + offset };
}

/** Milliseconds left until the deadline by the server's clock, never below zero. */
export const remainingMs = (deadlineAt: string, clock: ServerClock) =>
  Math.max(0, Date.parse(deadlineAt) - clock.now());

/** "44:59", or "1:04:59" from an hour up; rounded up so "0:00" shows only when time is out. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The last five minutes show in red. */
export const WARNING_MS = 5 * 60_000;
