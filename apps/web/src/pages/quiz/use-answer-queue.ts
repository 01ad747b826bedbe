import { type AttemptView, endpoints } from '@hoclieu/contracts';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApi } from '../../app/api-context';
import { type AnswerMap, type AnswerQueue, createAnswerQueue, type SyncState } from './answer-queue';

/**
 * The answer queue of an attempt for as long as its page is shown: resumed once from the server's
 * answers, retried as soon as the browser is back online, flushed when the page is hidden (a phone
 * switching apps may never come back to this tab).
 */
export function useAnswerQueue(attempt: AttemptView): {
  queue: AnswerQueue;
  initialAnswers: AnswerMap;
  sync: SyncState;
} {
  const api = useApi();
  const [{ queue, initialAnswers }] = useState(() => {
    const created = createAnswerQueue({
      attemptId: attempt.id,
      send: (batch) =>
        api.call(endpoints.assessments.saveAnswers, {
          params: { attemptId: attempt.id },
          body: batch,
        }),
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
