import type { QuestionContent } from '@hoclieu/contracts';
import type { ItemResult } from '../assessment/attempt-grading.js';
import { scoringUnits } from '../assessment/points.js';
import { eloUpdate } from './elo.js';

export interface GradedExamItem {
  key: string;
  questionId: string;
  points: number;
  content: QuestionContent;
}

/**
 * What a graded attempt says about each question's difficulty: the share of the points earned on
 * its auto-graded parts (0..1). Essays (and a group's essay children) are left out: their score is a
 * teacher's judgement, not the same kind of evidence. A blank answer counts as wrong.
 */
export function testAnswerScores(
  items: readonly GradedExamItem[],
  results: Readonly<Record<string, ItemResult>>,
  subjectCode: string,
): { questionId: string; score: number }[] {
  const scores: { questionId: string; score: number }[] = [];
  for (const item of items) {
    let earned = 0;
    let max = 0;
    for (const unit of scoringUnits(item.key, item.content, item.points, subjectCode)) {
      const result = results[unit.key];
      if (unit.content.type === 'essay' || !result || result.status === 'manual' || result.max <= 0) continue;
      earned += result.score;
      max += result.max;
    }
    if (max > 0) scores.push({ questionId: item.questionId, score: Math.min(1, earned / max) });
  }
  return scores;
}

export interface DifficultyEstimate {
  /** null before the first answer (an unknown question starts at 0, even odds for an average student). */
  difficulty: number | null;
  answers: number;
}

/**
 * A question's estimate after a test answer by a student of `ability` (their topic mastery, or 0):
 * the Elo step of the question side only; tests do not move the student's practice ability.
 */
export function difficultyAfterTestAnswer(
  estimate: DifficultyEstimate,
  student: { ability: number; answers: number },
  score: number,
): DifficultyEstimate {
  const { difficulty } = eloUpdate(
    { rating: student.ability, answers: student.answers },
    { rating: estimate.difficulty ?? 0, answers: estimate.answers },
    score,
  );
  return { difficulty, answers: estimate.answers + 1 };
}
