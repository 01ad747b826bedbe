import type { PaperPart, QuestionType } from '@hoclieu/contracts';

/**
 * The part of a 2025-format paper each question type goes in: I choice, II true/false, III short
 * answer, then essays. One list for an exam's items and for exported files.
 */
export const paperPartOfType: Record<Exclude<QuestionType, 'group'>, PaperPart> = {
  single_choice: 'I',
  multiple_select: 'I',
  true_false_group: 'II',
  short_answer: 'III',
  essay: 'essay',
};
