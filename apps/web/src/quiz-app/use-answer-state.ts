import { useCallback, useRef, useState } from 'react';
import type { AnswerMap, AnswerQueue, StudentAnswer } from './answer-queue';

const LAST_SECONDS_MS = 15_000;

/**
 * The answers shown on the page, each change also handed to the answer queue. In the last seconds an
 * answer goes out at once: one held back by the debounce could miss the deadline.
 */
export function useAnswerState(queue: AnswerQueue, initialAnswers: AnswerMap) {
  const [answers, setAnswers] = useState<AnswerMap>(initialAnswers);
  const lastSeconds = useRef(false);

  const onAnswer = useCallback(
    (key: string, answer: StudentAnswer | null) => {
      setAnswers((previous) => {
        const next = { ...previous };
        if (answer) next[key] = answer;
        else delete next[key];
        return next;
      });
      queue.set(key, answer);
      if (lastSeconds.current) void queue.flush();
    },
    [queue],
  );
  /** Called with the time left at each tick of the countdown. */
  const onTimeLeft = useCallback((left: number) => {
    lastSeconds.current = left <= LAST_SECONDS_MS;
  }, []);

  return { answers, onAnswer, onTimeLeft };
}
