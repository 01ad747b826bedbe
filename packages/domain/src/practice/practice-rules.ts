import type { Actor } from '../authz.js';

/** Only students practise: the practice routes act on the caller's own answers and mastery. */
export function practises(actor: Actor): boolean {
  return actor.role === 'student';
}

/** Question types graded without a teacher: practice serves only these. */
export const PRACTICE_TYPES = [
  'single_choice',
  'multiple_select',
  'true_false_group',
  'short_answer',
] as const;

/** Practice aims at questions a student answers right with this chance (Pelánek 2016: about 0.7). */
export const PRACTICE_TARGET = 0.7;

/** Practice avoids questions among the student's last this many answers while others are left. */
export const RECENT_ANSWERS = 20;

const LEVEL_PRIOR: Record<string, number> = { biet: -0.8, hieu: 0, van_dung: 0.8 };

/**
 * A question's difficulty (logit scale) before any answer is known: from the author's difficulty
 * 1 (easy) … 5 (hard), else the cognitive level (biết, hiểu, vận dụng), else average (0).
 */
export function priorDifficulty(q: { difficulty: number | null; level: string | null }): number {
  if (q.difficulty !== null) return (q.difficulty - 3) * 0.6;
  return (q.level !== null ? LEVEL_PRIOR[q.level] : undefined) ?? 0;
}

/** The difficulty practice uses: the estimate from answers, else the prior. */
export function practiceDifficulty(q: {
  estimatedDifficulty: number | null;
  difficulty: number | null;
  level: string | null;
}): number {
  return q.estimatedDifficulty ?? priorDifficulty(q);
}
