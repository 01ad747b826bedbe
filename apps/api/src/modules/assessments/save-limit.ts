import { AppError } from '../../http/errors.js';

/**
 * Saves one attempt may make per minute, counted on the attempt row by the save's own statement
 * (attempt-sql.ts), so every API process counts in the same place at no extra round trip. The web
 * queue sends one batch at a time, 300 ms after the last change (every 2 s while typing), so even a
 * student clicking non-stop stays under 200 saves a minute; 300 leaves room for a second tab and
 * retries, and stops a script hammering one attempt. A refused save answers RATE_LIMITED (429),
 * which the queue retries with backoff, the answers kept.
 */
export const SAVES_PER_MINUTE = 300;

/**
 * True when the attempt row `row`'s counting window has ended at instant `now` (a SQL expression):
 * none yet, a minute old, or in the future (a clock set back).
 */
export const saveWindowEnded = (row: string, now: string) =>
  `(${row}."saveWindowAt" IS NULL OR ${row}."saveWindowAt" <= ${now} - interval '1 minute' OR ${row}."saveWindowAt" > ${now})`;

/** True when `row` has used up its saves of the window current at `now`. */
export const saveLimitReached = (row: string, now: string) =>
  `(NOT ${saveWindowEnded(row, now)} AND ${row}."saveCount" >= ${SAVES_PER_MINUTE})`;

/** A save refused by the limit: the client may try again after `retryAfterSeconds` (Retry-After). */
export class SaveLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED');
  }
}
