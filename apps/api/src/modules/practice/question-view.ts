import type {
  LabelledAnswer,
  PracticeQuestion,
  QuestionContent,
  QuestionPartContent,
} from '@hoclieu/contracts';
import { PRACTICE_TYPES } from '@hoclieu/domain';
import { typesetMath } from '../assessments/typeset.js';

/** Content practice serves: one part, graded without a teacher. */
export type PractisableContent = QuestionContent & { type: QuestionPartContent['type'] };

/** Whether practice can serve and grade this content by itself (no essays, no groups). */
export function practisable(content: QuestionContent): content is PractisableContent {
  return (PRACTICE_TYPES as readonly string[]).includes(content.type);
}

/**
 * The question as the student sees it before answering, math typeset: nothing of the key leaves this
 * function (no correct flags, credits, accepted answers, feedback, hints or solution). Options keep
 * their letters: practice does not shuffle, and the question is in no open exam (exam-hold.ts).
 */
export function practiceQuestionOf(questionId: string, content: QuestionContent): PracticeQuestion {
  return {
    key: questionId,
    type: content.type,
    stem: typesetMath(content.stem),
    options: content.options.map((o) => ({ id: o.label, display: o.label, html: typesetMath(o.html) })),
    statements: content.statements.map((s) => ({ label: s.label, html: typesetMath(s.html) })),
    points: 1,
  };
}

/** The key by letter, given with the feedback: correct options, each statement's truth, an accepted answer. */
export function keyOf(content: QuestionContent): LabelledAnswer {
  switch (content.type) {
    case 'single_choice': {
      const best = content.options.find((o) => o.correct);
      return best ? { choice: best.label } : {};
    }
    case 'multiple_select':
      return { choices: content.options.filter((o) => o.correct).map((o) => o.label) };
    case 'true_false_group':
      return { statements: Object.fromEntries(content.statements.map((s) => [s.label, s.correct])) };
    case 'short_answer': {
      const text = content.answer?.accepted[0];
      return text === undefined ? {} : { text };
    }
    default:
      return {};
  }
}

/** The solution with its math typeset, or null. */
export function solutionOf(content: QuestionContent): string | null {
  return content.solution ? typesetMath(content.solution) : null;
}
