import type { AttemptView } from '@hoclieu/contracts';
import type { AnswerMap, SaveBatch } from './answer-queue';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * What this device last knew the server to hold of an open attempt: the paper's server time with
 * the device's time when it was asked for (the countdown's offset), and the answers acknowledged
 * since. Offline, the service worker replays the last paper it saw; that copy is stale (its answers
 * predate later saves, its `serverNow` is long past), so the page takes both from here instead.
 */
interface AttemptSnapshot {
  serverNow: string;
  requestedAt: number;
  seq: number;
  answers: AnswerMap;
}

/** An attempt as the page loaded it, with the device's time when it was asked for. */
interface LoadedAttempt {
  view: AttemptView;
  requestedAt: number;
}

const PREFIX = 'hoclieu.attempt.';
const SUFFIX = '.snapshot';
const keyOf = (attemptId: string) => `${PREFIX}${attemptId}${SUFFIX}`;

const defaultStorage = (): Storage | null => globalThis.localStorage ?? null;

function read(storage: Storage | null, attemptId: string): AttemptSnapshot | null {
  try {
    const parsed = JSON.parse(storage?.getItem(keyOf(attemptId)) ?? 'null') as AttemptSnapshot | null;
    if (!parsed || typeof parsed.serverNow !== 'string' || typeof parsed.requestedAt !== 'number')
      return null;
    if (typeof parsed.seq !== 'number' || typeof parsed.answers !== 'object' || !parsed.answers) return null;
    return parsed;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, attemptId: string, snapshot: AttemptSnapshot) {
  try {
    storage?.setItem(keyOf(attemptId), JSON.stringify(snapshot));
  } catch {
    // Full or forbidden: an offline reload then shows the copy's own answers and time.
  }
}

/**
 * The attempt to show. A paper with the `serverNow` already remembered is the cached copy replayed:
 * it gets the remembered answers, seq and clock. Any other paper is fresh: shown as is, remembered.
 */
export function resumeFromSnapshot(
  loaded: LoadedAttempt,
  storage: Storage | null = defaultStorage(),
): LoadedAttempt & { replayed: boolean } {
  const { view, requestedAt } = loaded;
  const snapshot = read(storage, view.id);
  if (snapshot && snapshot.serverNow === view.serverNow) {
    return {
      view: { ...view, answers: snapshot.answers, seq: snapshot.seq },
      requestedAt: snapshot.requestedAt,
      replayed: true,
    };
  }
  const { serverNow, seq, answers } = view;
  write(storage, view.id, { serverNow, requestedAt, seq, answers });
  return { ...loaded, replayed: false };
}

/** A save the server acknowledged: its answers now belong to what the server holds. */
export function recordSaved(attemptId: string, batch: SaveBatch, storage: Storage | null = defaultStorage()) {
  const snapshot = read(storage, attemptId);
  if (!snapshot) return;
  const answers = { ...snapshot.answers };
  for (const { key, answer } of batch.answers) {
    if (answer) answers[key] = answer;
    else delete answers[key];
  }
  write(storage, attemptId, { ...snapshot, answers, seq: Math.max(snapshot.seq, batch.seq) });
}

/** The attempt is over: nothing to replay. */
export function forgetSnapshot(attemptId: string, storage: Storage | null = defaultStorage()) {
  try {
    storage?.removeItem(keyOf(attemptId));
  } catch {
    // A stale entry only costs a few bytes.
  }
}

/** Every attempt's snapshot (sign-out: the next student on this phone must not see them). */
export function forgetAllSnapshots(storage: Storage | null = defaultStorage()) {
  try {
    const keys: string[] = [];
    for (let i = 0; i < (storage?.length ?? 0); i += 1) {
      const key = storage?.key(i);
      if (key?.startsWith(PREFIX) && key.endsWith(SUFFIX)) keys.push(key);
    }
    for (const key of keys) storage?.removeItem(key);
  } catch {
    // Forbidden storage holds nothing to forget.
  }
}
