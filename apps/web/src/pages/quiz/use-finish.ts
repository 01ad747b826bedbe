import { type AttemptResult, endpoints } from '@hoclieu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import type { AnswerQueue } from './answer-queue';
import type { FinishReason } from './attempt-outcome';
import { FinishCancelled, finishAttempt } from './finish-attempt';
import { marksKeyOf } from './quiz-marks';

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
export function useFinish(attemptId: string, queue: AnswerQueue) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<FinishPhase>({ kind: 'answering' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const finish = useCallback(
    (reason: FinishReason) => {
      if (running.current) return;
      running.current = true;
      setPhase({ kind: 'finishing', reason });
      const params = { attemptId };
      finishAttempt({
        flush: queue.flush,
        submit: () => api.call(endpoints.assessments.submit, { params }),
        result: () => api.call(endpoints.assessments.result, { params }),
        wait: waitOrOnline,
        cancelled: () => !mounted.current,
      }).then(
        (result) => {
          queue.forget();
          localStorage.removeItem(marksKeyOf(attemptId));
          void queryClient.invalidateQueries({
            queryKey: endpointKey(endpoints.assessments.listAssignments),
          });
          setPhase({ kind: 'finished', reason, result });
        },
        (error: unknown) => {
          running.current = false;
          if (!(error instanceof FinishCancelled)) setPhase({ kind: 'failed', reason, error });
        },
      );
    },
    [api, attemptId, queryClient, queue],
  );

  return { phase, finish };
}
