import type { LabelledAnswer, QuestionContent } from '@hoclieu/contracts';
import { type GradingRules, gradePart } from './grading.js';
import { scoringUnits } from './points.js';

/** One item of an exam as grading sees it: its key, points and (key-corrected) content. */
export interface GradedItem {
  key: string;
  points: number;
  content: QuestionContent;
}

export interface ItemResult {
  score: number;
  max: number;
  status: 'correct' | 'partial' | 'wrong' | 'blank' | 'manual';
}

export interface SavedAnswer {
  answer: LabelledAnswer | null;
  manualScore: number | null;
}

export interface AttemptGrade {
  results: Record<string, ItemResult>;
  score: number;
  max: number;
  needsGrading: boolean;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Grades every scoring unit of an exam against the answers by key. Essays count their teacher's
 * score once given; until then the attempt needs grading and they count 0.
 */
export function gradeAttempt(
  items: readonly GradedItem[],
  subjectCode: string,
  rules: GradingRules,
  answers: ReadonlyMap<string, SavedAnswer>,
): AttemptGrade {
  const results: Record<string, ItemResult> = {};
  let needsGrading = false;
  for (const item of items) {
    for (const unit of scoringUnits(item.key, item.content, item.points, subjectCode)) {
      const saved = answers.get(unit.key);
      const graded = gradePart(unit.content, saved?.answer ?? undefined, unit.points, {
        multipleSelect: rules.multipleSelect,
      });
      if (graded.status === 'manual' && saved?.manualScore != null) {
        const score = Math.min(saved.manualScore, unit.points);
        results[unit.key] = {
          score,
          max: unit.points,
          status: score >= unit.points ? 'correct' : score > 0 ? 'partial' : 'wrong',
        };
        continue;
      }
      if (graded.status === 'manual') needsGrading = true;
      results[unit.key] = { score: graded.score, max: unit.points, status: graded.status };
    }
  }
  const values = Object.values(results);
  return {
    results,
    score: round(values.reduce((sum, r) => sum + r.score, 0)),
    max: round(values.reduce((sum, r) => sum + r.max, 0)),
    needsGrading,
  };
}
