import { useLocalStorage } from '@mantine/hooks';

export type QuizLayout = 'single' | 'all';

const LAYOUT_KEY = 'hoclieu.quiz.layout';
export const marksKeyOf = (attemptId: string) => `hoclieu.attempt.${attemptId}.marks`;

/** One question per screen (the default, for phones) or the whole paper on one page; remembered. */
export function useQuizLayout() {
  return useLocalStorage<QuizLayout>({
    key: LAYOUT_KEY,
    defaultValue: 'single',
    getInitialValueInEffect: false,
    serialize: (value) => value,
    deserialize: (value) => (value === 'all' ? 'all' : 'single'),
  });
}

/** What the student marks on this device only: flagged questions and where they were. */
export interface QuizMarks {
  flags: string[];
  current: number;
}

function parseMarks(value: string | undefined): QuizMarks {
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

export function useQuizMarks(attemptId: string) {
  return useLocalStorage<QuizMarks>({
    key: marksKeyOf(attemptId),
    defaultValue: { flags: [], current: 0 },
    getInitialValueInEffect: false,
    serialize: JSON.stringify,
    deserialize: parseMarks,
  });
}
