import { type Dispatch, type SetStateAction, useCallback, useState } from 'react';

export type QuizLayout = 'single' | 'all';

const LAYOUT_KEY = 'hoclieu.quiz.layout';
export const marksKeyOf = (attemptId: string) => `hoclieu.attempt.${attemptId}.marks`;

/** What the student marks on this device only: flagged questions and where they were. */
export interface QuizMarks {
  flags: string[];
  current: number;
}

function parseMarks(value: string | null | undefined): QuizMarks {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<QuizMarks>;
    return {
      flags: Array.isArray(parsed.flags) ? parsed.flags.filter((f) => typeof f === 'string') : [],
      current: typeof parsed.current === 'number' && parsed.current >= 0 ? parsed.current : 0,
    };
  } catch {
    return { flags: [], current: 0 };
  }
}

function readItem(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeItem(key: string, value: string) {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage full or forbidden (private mode): kept for this visit only.
  }
}

/** State read from localStorage once and written back on every change. */
function useStored<T>(key: string, parse: (raw: string | null) => T, serialize: (value: T) => string) {
  const [value, setValue] = useState<T>(() => parse(readItem(key)));
  const set: Dispatch<SetStateAction<T>> = useCallback(
    (action) =>
      setValue((previous) => {
        const next = typeof action === 'function' ? (action as (p: T) => T)(previous) : action;
        writeItem(key, serialize(next));
        return next;
      }),
    [key, serialize],
  );
  return [value, set] as const;
}

const parseLayout = (raw: string | null): QuizLayout => (raw === 'all' ? 'all' : 'single');
const layoutText = (value: QuizLayout) => value;

/** One question per screen (the default, for phones) or the whole paper on one page; remembered. */
export function useQuizLayout() {
  return useStored<QuizLayout>(LAYOUT_KEY, parseLayout, layoutText);
}

export function useQuizMarks(attemptId: string) {
  return useStored<QuizMarks>(marksKeyOf(attemptId), parseMarks, JSON.stringify);
}
