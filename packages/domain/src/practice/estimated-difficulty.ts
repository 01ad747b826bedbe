import type { CognitiveLevel } from '@hoclieu/contracts';
import { expectedScore } from './elo.js';

/**
 * What a question's estimated difficulty (Elo, logit scale) means to a teacher: the chance p that an
 * average student (ability 0) answers it right, and a band: dễ (p ≥ 0.7), trung bình, khó (p < 0.4).
 * The bounds follow the usual reading of classical facility (easy above 0.7, hard below 0.4).
 */
export type DifficultyBand = 'easy' | 'medium' | 'hard';

export const EASY_FROM = 0.7;
export const HARD_BELOW = 0.4;

/** The chance an average student answers a question of this difficulty right. */
export function averageSuccess(difficulty: number): number {
  return expectedScore(0, difficulty);
}

export function difficultyBand(difficulty: number): DifficultyBand {
  const p = averageSuccess(difficulty);
  return p >= EASY_FROM ? 'easy' : p < HARD_BELOW ? 'hard' : 'medium';
}

/** The band an exam matrix's level asks for: nhận biết easy, thông hiểu medium, vận dụng hard. */
export const bandOfLevel: Record<CognitiveLevel, DifficultyBand> = {
  biet: 'easy',
  hieu: 'medium',
  van_dung: 'hard',
};

/**
 * Orders a cell's (already shuffled) candidates so that those whose estimate fits the level come
 * first, keeping the shuffled order within each group: the draw stays random and deterministic,
 * and questions without an estimate are still used when the fitting ones run out.
 */
export function preferFittingEstimate<T extends { estimatedDifficulty?: number | null }>(
  candidates: T[],
  level: CognitiveLevel,
): T[] {
  const wanted = bandOfLevel[level];
  const fits = (c: T) => c.estimatedDifficulty != null && difficultyBand(c.estimatedDifficulty) === wanted;
  return [...candidates.filter(fits), ...candidates.filter((c) => !fits(c))];
}
