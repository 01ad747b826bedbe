import {
  type CreditedAnswer,
  optionLabelSchema,
  type QuestionContent,
  type QuestionOption,
  type QuestionPartContent,
  type QuestionStatement,
  type QuestionType,
  statementLabelSchema,
} from '@hoclieu/contracts';
import { emptyOutcomes, type OutcomeDraft, outcomesContent, outcomesFromContent } from './feedback-draft';
import { htmlToText } from './html-to-text';
import { textToHtml } from './text-to-html';

/** The editor's form of a question: every HTML field as editable text (see `textToHtml`). */
export type PartType = Exclude<QuestionType, 'group'>;

export interface ChoiceDraft {
  text: string;
  correct: boolean;
  /** Options only: the share of the points this option earns (-1..1); absent follows `correct`. */
  credit?: number;
  /** Options only: shown beside the option once the keys are released, as editable text. */
  feedback?: string;
}

export interface PartDraft {
  type: PartType;
  stem: string;
  /** Labelled A, B, C… by position. */
  options: ChoiceDraft[];
  /** Labelled a)–d) by position. */
  statements: ChoiceDraft[];
  accepted: string[];
  tolerance: number | null;
  /** Short answers earning part of the points: kept as they came (from an import), not edited here. */
  credited: CreditedAnswer[];
  solution: string;
  rubric: string;
  feedback: OutcomeDraft;
  hints: string[];
}

export interface QuestionDraft extends Omit<PartDraft, 'type'> {
  type: QuestionType;
  children: PartDraft[];
}

export const optionLabels: readonly QuestionOption['label'][] = optionLabelSchema.options;
export const statementLabels: readonly QuestionStatement['label'][] = statementLabelSchema.options;

const blankChoices = (count: number): ChoiceDraft[] =>
  Array.from({ length: count }, () => ({ text: '', correct: false }));

export function emptyPart(type: PartType = 'single_choice'): PartDraft {
  return {
    type,
    stem: '',
    options: type === 'single_choice' || type === 'multiple_select' ? blankChoices(4) : [],
    statements: type === 'true_false_group' ? blankChoices(4) : [],
    accepted: [],
    tolerance: null,
    credited: [],
    solution: '',
    rubric: '',
    feedback: emptyOutcomes(),
    hints: [],
  };
}

export const emptyDraft = (type: QuestionType = 'single_choice'): QuestionDraft =>
  type === 'group'
    ? { ...emptyPart(), type, options: [], children: [emptyPart()] }
    : { ...emptyPart(type), children: [] };

/** A type change keeps what the new type can use (stem, solution, options) and adds what it needs. */
export function withType<T extends PartDraft | QuestionDraft>(draft: T, type: T['type']): T {
  const isChoice = type === 'single_choice' || type === 'multiple_select';
  let options = isChoice ? draft.options : [];
  if (isChoice && options.length < 2) options = blankChoices(4);
  if (type === 'single_choice') {
    const first = options.findIndex((option) => option.correct);
    options = options.map((option, index) => ({ ...option, correct: index === first }));
  }
  const statements =
    type === 'true_false_group' && draft.statements.length !== 4 ? blankChoices(4) : draft.statements;
  const next = { ...draft, type, options, statements };
  if ('children' in next && type === 'group' && next.children.length === 0) next.children = [emptyPart()];
  return next;
}

function partFromContent(content: QuestionPartContent | QuestionContent) {
  return {
    stem: htmlToText(content.stem),
    options: content.options.map((option) => ({
      text: htmlToText(option.html),
      correct: option.correct,
      ...(option.credit !== undefined && { credit: option.credit }),
      ...(option.feedback && { feedback: htmlToText(option.feedback) }),
    })),
    statements: content.statements.map((s) => ({ text: htmlToText(s.html), correct: s.correct })),
    accepted: content.answer?.accepted ?? [],
    tolerance: content.answer?.tolerance ?? null,
    credited: content.answer?.credited ?? [],
    solution: content.solution ? htmlToText(content.solution) : '',
    rubric: content.rubric ? htmlToText(content.rubric) : '',
    feedback: outcomesFromContent(content.feedback),
    hints: (content.hints ?? []).map(htmlToText),
  };
}

export function draftFromContent(content: QuestionContent): QuestionDraft {
  return {
    type: content.type,
    ...partFromContent(content),
    children: content.children.map((child) => ({ type: child.type, ...partFromContent(child) })),
  };
}

/** Unchanged text keeps the stored HTML as it was, so saving an untouched field changes nothing. */
function htmlOf(text: string, original: string | null | undefined): string {
  if (original != null && htmlToText(original) === text) return original;
  return textToHtml(text);
}
const optionalHtml = (text: string, original: string | null | undefined) =>
  text.trim() === '' ? null : htmlOf(text, original);

function partContent(draft: PartDraft | QuestionDraft, origin?: QuestionPartContent | QuestionContent) {
  const isChoice = draft.type === 'single_choice' || draft.type === 'multiple_select';
  return {
    stem: htmlOf(draft.stem, origin?.stem),
    options: isChoice
      ? draft.options.map((option, index) => ({
          label: optionLabels[index] ?? 'H',
          html: htmlOf(option.text, origin?.options[index]?.html),
          correct: option.correct,
          ...(option.credit !== undefined && { credit: option.credit }),
          ...(option.feedback?.trim() && {
            feedback: htmlOf(option.feedback, origin?.options[index]?.feedback),
          }),
        }))
      : [],
    statements:
      draft.type === 'true_false_group'
        ? draft.statements.map((statement, index) => ({
            label: statementLabels[index] ?? 'd',
            html: htmlOf(statement.text, origin?.statements[index]?.html),
            correct: statement.correct,
          }))
        : [],
    answer:
      draft.type === 'short_answer'
        ? {
            accepted: draft.accepted,
            tolerance: draft.tolerance,
            ...(draft.credited.length > 0 && { credited: draft.credited }),
          }
        : null,
    solution: optionalHtml(draft.solution, origin?.solution),
    rubric: draft.type === 'essay' ? optionalHtml(draft.rubric, origin?.rubric) : null,
    ...outcomesContent(draft, origin, htmlOf),
  };
}

/** The content to send; `origin` is the stored content being edited, if any. */
export function contentFromDraft(draft: QuestionDraft, origin?: QuestionContent): QuestionContent {
  return {
    type: draft.type,
    ...partContent(draft, origin),
    children:
      draft.type === 'group'
        ? draft.children.map((child, index) => ({
            type: child.type,
            ...partContent(child, origin?.children[index]),
          }))
        : [],
  };
}
