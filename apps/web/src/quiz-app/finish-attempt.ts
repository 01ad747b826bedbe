import type { AttemptResult } from '@hoclieu/contracts';
import { classifySaveError, defaultRetryDelay, type FlushOutcome } from './answer-queue';

export interface FinishSteps {
  /** Sends every queued answer; 'closed' when the server no longer takes them. */
  flush: () => Promise<FlushOutcome>;
  submit: () => Promise<AttemptResult>;
  result: () => Promise<AttemptResult>;
  /** Waits before a retry; the page wakes it early when the browser is back online. */
  wait: (ms: number) => Promise<void>;
  cancelled: () => boolean;
  retryDelay?: (failures: number) => number;
}

export class FinishCancelled extends Error {}

/**
 * Ends an attempt: answers first, then the submission (repeating it is harmless). A network
 * failure waits and tries again, however long it takes; a refusal (the attempt already closed by
 * the deadline) reads the result instead, since the server has submitted it.
 */
export async function finishAttempt({
  flush,
  submit,
  result,
  wait,
  cancelled,
  retryDelay = defaultRetryDelay,
}: FinishSteps): Promise<AttemptResult> {
  let closed = (await flush()) === 'closed';
  let failures = 0;
  for (;;) {
    if (cancelled()) throw new FinishCancelled();
    try {
      return await (closed ? result() : submit());
    } catch (error) {
      const kind = classifySaveError(error);
      // Locked to another device: the attempt is not closed, only the teacher can help.
      if (kind === 'locked') throw error;
      if (kind !== 'offline' && closed) throw error;
      if (kind !== 'offline') {
        closed = true;
        continue;
      }
      failures += 1;
      await wait(retryDelay(failures));
    }
  }
}
