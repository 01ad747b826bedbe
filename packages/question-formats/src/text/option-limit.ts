import type { ImportProblem } from '@hoclieu/contracts';
import { problem } from '../problems.js';

/** Options are labelled A–H: a question with more is refused, never cut. */
export const MAX_OPTIONS = 8;
export const OPTION_LABELS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

export function tooManyOptions(count: number, location: string): ImportProblem {
  return {
    ...problem('TOO_MANY_OPTIONS', location),
    message: `Câu hỏi có ${count} phương án; hệ thống chỉ hỗ trợ tối đa 8 (A–H).`,
  };
}
