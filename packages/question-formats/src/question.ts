import type { ImportedQuestion, ImportResult, QuestionFormat, QuestionLevel } from '@hoclieu/contracts';
import { type ProblemCode, problem } from './problems.js';

export function emptyQuestion(number: string, type: ImportedQuestion['type'] = 'essay'): ImportedQuestion {
  return {
    number,
    part: null,
    type,
    stem: '',
    options: [],
    statements: [],
    answer: null,
    solution: null,
    level: null,
    metadata: {},
    problems: [],
    children: [],
  };
}

export function failedResult(
  format: QuestionFormat | null,
  code: ProblemCode,
  detail?: string,
): ImportResult {
  return { format, questions: [], images: [], problems: [problem(code, null, 'error', detail)] };
}

const LEVELS: [RegExp, NonNullable<QuestionLevel>][] = [
  [/^(nb|nhận biết|biết|biet|nhan biet|remember)$/iu, 'biet'],
  [/^(th|thông hiểu|hiểu|hieu|thong hieu|understand)$/iu, 'hieu'],
  [/^(vd|vdc|vận dụng|vận dụng cao|van_dung|van dung|van dung cao|apply)$/iu, 'van_dung'],
];

/** Cognitive level from a label in any of the usual spellings; the 4-level scale folds into 3. */
export function levelFromLabel(label: string): QuestionLevel {
  const key = label.trim().normalize('NFC');
  for (const [pattern, level] of LEVELS) if (pattern.test(key)) return level;
  return null;
}
