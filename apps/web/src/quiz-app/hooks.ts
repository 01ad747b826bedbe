import type { AttemptResult, AttemptView } from '@hoclieu/contracts';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { type AnswerMap, type AnswerQueue, createAnswerQueue, type SyncState } from './answer-queue';
import type { QuizApi } from './api';
import { forgetSnapshot, recordSaved } from './attempt-snapshot';
import { FinishCancelled, finishAttempt } from './finish-attempt';
import { marksKeyOf } from './quiz-marks';
import { useMounted } from './use-mounted';

/** How an attempt ended on this page: the student submitted, time ran out, or the server had closed it. */
export type FinishReason = 'submitted' | 'timeUp' | 'closed';

/**
 * The answer queue of an attempt (the same one, and the same stored format, as the main app's):
 * resumed once from the server's answers, retried as soon as the browser is back online, flushed
 * when the page is hidden (a phone switching apps may never come back to this tab).
 */
export function useQuizQueue(
  api: QuizApi,
  attempt: AttemptView,
): { queue: AnswerQueue; initialAnswers: AnswerMap; sync: SyncState } {
  const [{ queue, initialAnswers }] = useState(() => {
    const created = createAnswerQueue({
      attemptId: attempt.id,
      send: async (batch) => {
        const ack = await api.saveAnswers(attempt.id, batch);
        recordSaved(attempt.id, batch);
        return ack;
      },
    });
    return { queue: created, initialAnswers: created.resume({ answers: attempt.answers, seq: attempt.seq }) };
  });
  const sync = useSyncExternalStore(queue.subscribe, queue.getState);

  useEffect(() => {
    queue.start();
    const online = () => queue.retryNow();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', hidden);
      queue.stop();
    };
  }, [queue]);

  return { queue, initialAnswers, sync };
}

export type FinishPhase =
  | { kind: 'answering' }
  | { kind: 'finishing'; reason: FinishReason }
  | { kind: 'finished'; reason: FinishReason; result: AttemptResult }
  | { kind: 'failed'; reason: FinishReason; error: unknown };

/** Waits `ms`, or less if the browser comes back online meanwhile. */
function waitOrOnline(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

/** Ends the attempt once (submit, time out, or closed by the server) and holds where that stands. */
export function useFinish(api: QuizApi, attemptId: string, queue: AnswerQueue) {
  const [phase, setPhase] = useState<FinishPhase>({ kind: 'answering' });
  const running = useRef(false);
  const mounted = useMounted();

  const finish = useCallback(
    (reason: FinishReason) => {
      if (running.current) return;
      running.current = true;
      setPhase({ kind: 'finishing', reason });
      finishAttempt({
        flush: queue.flush,
        submit: () => api.submit(attemptId),
        result: () => api.result(attemptId),
        wait: waitOrOnline,
        cancelled: () => !mounted.current,
      }).then(
        (result) => {
          queue.forget();
          forgetSnapshot(attemptId);
          try {
            localStorage.removeItem(marksKeyOf(attemptId));
          } catch {
            // A stale entry only costs a few bytes.
          }
          setPhase({ kind: 'finished', reason, result });
        },
        (error: unknown) => {
          running.current = false;
          if (!(error instanceof FinishCancelled)) setPhase({ kind: 'failed', reason, error });
        },
      );
    },
    [api, attemptId, queue],
  );

  return { phase, finish };
}
