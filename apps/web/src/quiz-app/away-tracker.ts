import type { PageEvent } from '@hoclieu/contracts';
import { randomId } from './device-id';

/** A loss of focus shorter than this (a system dialog flashing by) is not worth a line. */
export const MIN_BLUR_MS = 1000;
/** The contract's MAX_AWAY_MS: a longer absence is sent as this long (the save would be refused). */
const MAX_AWAY_MS = 86_400_000;

type Target = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface AwayTrackerOptions {
  doc?: Target & Pick<Document, 'visibilityState' | 'hasFocus'>;
  win?: Target;
  /** The server's time (the quiz's server clock), so the teacher reads instants as the server's. */
  now: () => number;
  record: (event: PageEvent) => void;
  newId?: () => string;
}

/**
 * Exam supervision on the quiz page: one absence from when the page is hidden or loses focus until
 * it is visible and focused again. A hidden page is reported at once without a length (a phone
 * switching apps may never come back) and again with its length on return; a loss of focus only on
 * return. Nothing else is observed. Returns the stop function.
 */
export function trackAway({
  doc = document,
  win = window,
  now,
  record,
  newId = () => randomId(12),
}: AwayTrackerOptions): () => void {
  let away: { id: string; since: number; hidden: boolean } | null = null;
  const iso = (ms: number) => new Date(ms).toISOString();

  const begin = () => {
    away ??= { id: newId(), since: now(), hidden: false };
    return away;
  };
  const end = () => {
    if (!away || doc.visibilityState === 'hidden' || !doc.hasFocus()) return;
    const durationMs = Math.min(MAX_AWAY_MS, Math.max(0, Math.round(now() - away.since)));
    if (away.hidden || durationMs >= MIN_BLUR_MS)
      record({ id: away.id, kind: away.hidden ? 'hidden' : 'blur', at: iso(away.since), durationMs });
    away = null;
  };
  const onVisibility = () => {
    if (doc.visibilityState !== 'hidden') return end();
    const current = begin();
    if (current.hidden) return;
    current.hidden = true;
    record({ id: current.id, kind: 'hidden', at: iso(current.since), durationMs: null });
  };
  const onBlur = () => {
    begin();
  };

  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('blur', onBlur);
  win.addEventListener('focus', end);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('blur', onBlur);
    win.removeEventListener('focus', end);
  };
}
