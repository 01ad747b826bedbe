import type { PracticeAnswerInput, PracticeNext } from '@hoclieu/contracts';
import { classifySaveError, defaultRetryDelay } from './answer-queue';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Served = NonNullable<PracticeNext['item']>;

/** An answer given but not acknowledged yet, with the question it answers (to show it after a reload). */
export interface PendingPractice {
  body: PracticeAnswerInput;
  item: Served;
}

const KEY = 'hoclieu.practice.pending';

/**
 * The one practice answer on its way, kept in the browser's storage until the server acknowledges it:
 * a network drop or a reload does not lose it, and sending it again is harmless (the server counts an
 * answer id once).
 */
export function practiceOutbox(storage: Storage | null = globalThis.localStorage ?? null) {
  return {
    read(): PendingPractice | null {
      try {
        const parsed = JSON.parse(storage?.getItem(KEY) ?? 'null') as PendingPractice | null;
        return parsed?.body?.answerId && parsed.item?.ticket ? parsed : null;
      } catch {
        return null;
      }
    },
    keep(pending: PendingPractice) {
      try {
        storage?.setItem(KEY, JSON.stringify(pending));
      } catch {
        // Storage full or blocked: the answer still goes out from memory.
      }
    },
    clear() {
      storage?.removeItem(KEY);
    },
  };
}

/** Resolves after `ms`, or as soon as the browser says the network is back. */
function waitForNetwork(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
  });
}

/**
 * Sends until the server answers: no network (or a 5xx, 408, 429) waits and tries again, growing
 * the wait as the answer queue of the quiz does; a refusal is thrown to the caller.
 */
export async function deliver<T>(
  send: () => Promise<T>,
  { onOffline, wait = waitForNetwork }: { onOffline: () => void; wait?: (ms: number) => Promise<void> },
): Promise<T> {
  for (let failures = 1; ; failures += 1) {
    try {
      return await send();
    } catch (error) {
      if (classifySaveError(error) !== 'offline') throw error;
      onOffline();
      await wait(defaultRetryDelay(failures));
    }
  }
}

/** A random version-4 UUID (crypto.randomUUID needs a secure context; a school's LAN may serve plain http). */
export function answerUuid(): string {
  const bytes = new Uint8Array(16);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
