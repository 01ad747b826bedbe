import type { ExamSettings, QuestionPartContent } from '@hoclieu/contracts';
import { creditedPicksShare, hasOptionCredits, singleChoiceShare } from './option-credit.js';
import { roundScore } from './score-rounding.js';
import { shortAnswerCredit } from './short-answer.js';

type StatementLabel = 'a' | 'b' | 'c' | 'd';

/**
 * What a student answered to one question. `choice` (single choice) and `choices` (multiple
 * select) hold ORIGINAL option labels, never the shuffled letters shown on a paper version.
 */
export interface StudentAnswer {
  choice?: string;
  choices?: string[];
  statements?: Partial<Record<StatementLabel, boolean>>;
  text?: string;
}

export interface GradingRules {
  /**
   * proportional: (right picks − wrong picks) / correct options, never below 0. Only for
   * questions none of whose options carries a credit (those sum the chosen credits).
   */
  multipleSelect: ExamSettings['multipleSelect'];
}

export type PartStatus = 'correct' | 'partial' | 'wrong' | 'blank' | 'manual';

export interface PartGrade {
  score: number;
  max: number;
  status: PartStatus;
}

/** Share of a Đúng/Sai question's points by statements right, 2025 rule (index = statements right). */
const TRUE_FALSE_TABLE = [0, 0.1, 0.25, 0.5, 1] as const;

/**
 * Share of a Đúng/Sai question's points: 0 → 0, 1 → 0.1, 2 → 0.25, 3 → 0.5, 4 → 1.
 * A question with fewer than 4 statements is read on the same table after scaling the count
 * right to "out of 4" and rounding down, so all right still earns everything and a partial
 * answer never earns more than the 4-statement rule would: 2 of 3 → 2.67 → 2 → 0.25.
 */
export function trueFalseFraction(rightStatements: number, statementCount = 4): number {
  if (statementCount <= 0) return 0;
  const right = Math.min(Math.max(Math.floor(rightStatements), 0), statementCount);
  const outOfFour = Math.floor((right * 4) / statementCount + 1e-9);
  return TRUE_FALSE_TABLE[outOfFour] ?? 0;
}

/** The status follows the share earned: all, some or none of the points. */
function graded(fraction: number, points: number): PartGrade {
  const status = fraction >= 1 ? 'correct' : fraction > 0 ? 'partial' : 'wrong';
  return { score: roundScore(fraction * points), max: points, status };
}

function gradeMultipleSelect(
  content: QuestionPartContent,
  picks: string[],
  points: number,
  rules: GradingRules,
): PartGrade {
  if (hasOptionCredits(content.options)) return graded(creditedPicksShare(content.options, picks), points);
  const correct = new Set<string>(content.options.filter((o) => o.correct).map((o) => o.label));
  const chosen = new Set(picks);
  const right = [...chosen].filter((label) => correct.has(label)).length;
  const wrong = chosen.size - right;
  if (correct.size === 0) return graded(0, points);
  if (rules.multipleSelect === 'all_or_nothing')
    return graded(right === correct.size && wrong === 0 ? 1 : 0, points);
  return graded(Math.max(0, (right - wrong) / correct.size), points);
}

/** A statement left unanswered counts as not right; the question is blank only when all are. */
function gradeTrueFalse(
  content: QuestionPartContent,
  answers: StudentAnswer['statements'],
  points: number,
): PartGrade {
  const given = content.statements.filter((s) => typeof answers?.[s.label] === 'boolean');
  if (given.length === 0) return { score: 0, max: points, status: 'blank' };
  const right = given.filter((s) => answers?.[s.label] === s.correct).length;
  return graded(trueFalseFraction(right, content.statements.length), points);
}

/**
 * Scores one question (or one child of a group) against the key, honouring option and answer
 * credits (partial credit, negative marks) where the question carries them. Essays are left for the teacher
 * ('manual', 0 points for now). Answers of the wrong shape for the question count as blank.
 * Scores are rounded to hundredths (see `roundScore`).
 */
export function gradePart(
  content: QuestionPartContent,
  answer: StudentAnswer | undefined,
  points: number,
  rules: GradingRules,
): PartGrade {
  const blank: PartGrade = { score: 0, max: points, status: 'blank' };
  switch (content.type) {
    case 'essay':
      return { score: 0, max: points, status: 'manual' };
    case 'single_choice': {
      if (!answer?.choice) return blank;
      return graded(singleChoiceShare(content.options, answer.choice), points);
    }
    case 'multiple_select':
      if (!answer?.choices?.length) return blank;
      return gradeMultipleSelect(content, answer.choices, points, rules);
    case 'true_false_group':
      return gradeTrueFalse(content, answer?.statements, points);
    case 'short_answer':
      if (!answer?.text?.trim()) return blank;
      return graded(content.answer ? shortAnswerCredit(content.answer, answer.text) : 0, points);
  }
}
