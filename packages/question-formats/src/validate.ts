import type { ImportedQuestion, ImportProblem } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';
import { problem, warning } from './problems.js';

/**
 * Checks shared by every format: enough options, one correct answer for single choice, an answer
 * for short answers. Problems are appended to the question; nothing is thrown.
 */
export function checkQuestion(question: ImportedQuestion, location = question.number): ImportedQuestion {
  const found: ImportProblem[] = [];
  const correct = question.options.filter((option) => option.correct).length;
  if (!question.stem.trim() && question.type !== 'group') found.push(problem('EMPTY_STEM', location));
  switch (question.type) {
    case 'single_choice':
    case 'multiple_select':
      if (question.options.length < 2) found.push(problem('TOO_FEW_OPTIONS', location));
      if (correct === 0) found.push(problem('NO_CORRECT_ANSWER', location));
      if (question.type === 'single_choice' && correct > 1) found.push(problem('MULTIPLE_CORRECT', location));
      break;
    case 'true_false_group':
      if (question.statements.length !== 4) found.push(warning('STATEMENT_COUNT', location));
      break;
    case 'short_answer':
      if (!question.answer || question.answer.accepted.length === 0) {
        found.push(problem('NO_CORRECT_ANSWER', location));
      }
      break;
    case 'group':
      for (const child of question.children) checkQuestion(child);
      break;
    default:
      break;
  }
  const known = new Set(question.problems.map((p) => `${p.code}|${p.location}`));
  for (const p of found) if (!known.has(`${p.code}|${p.location}`)) question.problems.push(p);
  return question;
}

/** Part III answers must be numbers (the student types a number). */
export function checkNumericAnswers(question: ImportedQuestion): void {
  for (const accepted of question.answer?.accepted ?? []) {
    if (numericAnswer(accepted) === null) {
      question.problems.push(warning('NOT_NUMERIC', question.number, accepted));
    }
  }
}
