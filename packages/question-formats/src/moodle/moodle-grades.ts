import type { ImportProblem } from '@hoclieu/contracts';
import { problem } from '../problems.js';

/**
 * Moodle's grade list (`question_bank::fraction_options_full()`): 0, 100 %, the listed positive
 * shares and their negatives, and -100 %. The XML import refuses a question whose answers carry
 * any other fraction ("invalid grade"), matching within 0.00001 and snapping to the listed value.
 */
const POSITIVE = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
  0.1428571, 0.125, 0.1111111, 0.1, 0.05,
];
const GRADES = [0, ...POSITIVE, ...POSITIVE.map((g) => -g)];

/** The listed grade a file's `fraction` (a percentage) stands for, or null when Moodle refuses it. */
export function moodleGrade(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  return GRADES.find((grade) => Math.abs(percent / 100 - grade) < 0.00001) ?? null;
}

/** A fraction attribute as written ("33.33333", absent = 0). */
export function fractionOf(raw: string | null): number {
  const text = (raw ?? '0').trim();
  return text === '' ? Number.NaN : Number(text);
}

/** A grade as Moodle writes it: a percentage with at most 5 decimals ("33.33333", "-50"). */
export function percentText(credit: number): string {
  const text = (credit * 100).toFixed(5).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** One INVALID_GRADE problem naming every refused fraction of the question, or none. */
export function invalidGrades(percents: number[], location: string): ImportProblem[] {
  const refused = percents.filter((p) => moodleGrade(p) === null);
  if (!refused.length) return [];
  const list = refused.map((p) => (Number.isFinite(p) ? `${p} %` : 'không phải số')).join(', ');
  return [problem('INVALID_GRADE', location, 'error', list)];
}

/**
 * Moodle's multichoice checks: a single-answer question needs an answer at 100 %; the positive
 * grades of a multiple-answer question must add up to 100 % (rounded to 2 decimals as Moodle does).
 */
export function choiceGradeProblems(single: boolean, grades: number[], location: string): ImportProblem[] {
  if (single) {
    const best = Math.max(...grades, 0);
    if (Math.abs(best - 1) < 0.00001) return [];
    return [
      problem(
        'NO_CORRECT_ANSWER',
        location,
        'error',
        `không có phương án 100 %; cao nhất ${percentText(best)} %`,
      ),
    ];
  }
  const total = grades.filter((g) => g > 0).reduce((sum, g) => sum + g, 0);
  if (Math.round(total * 100) / 100 === 1) return [];
  return [problem('CREDITS_NOT_FULL', location, 'error', `tổng ${percentText(total)} %`)];
}
