import { useEffect } from 'react';
import type { AnswerQueue } from './answer-queue';
import { trackAway } from './away-tracker';
import type { ServerClock } from './server-clock';

/**
 * Exam supervision while the student answers: each absence from the page goes into the answer
 * queue and travels with the next save (stored offline like the answers, replayed harmlessly).
 */
export function useAwayTracking(queue: AnswerQueue, clock: ServerClock, active: boolean) {
  useEffect(() => {
    if (!active) return;
    return trackAway({
      now: clock.now,
      record: (event) => {
        queue.note(event);
        // A hidden page may be frozen within moments (a phone switching apps): send it now.
        if (event.durationMs === null) void queue.flush();
      },
    });
  }, [queue, clock, active]);
}
