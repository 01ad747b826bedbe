import type { ImportedQuestion, QuestionLevel, QuestionPart } from '@hoclieu/contracts';
import { joinParagraphs } from '../html.js';
import { emptyQuestion } from '../question.js';
import type { Labelled } from './classify.js';
import { optionCredit } from './option-credit.js';
import { type Emphasis, emphasisOf } from './option-marks.js';
import { allFlagged, plainText, type Segment, sliceSegments } from './segments.js';
import { segmentsToHtml } from './segments-html.js';

type Mark = 'underline' | 'red' | 'star' | 'explicit' | 'emphasis' | null;

export interface ItemDraft {
  label: string;
  html: string;
  more: string[];
  mark: Mark;
  /** Statements only: an explicit "(Đ)" / "(S)" after the text. */
  truth: boolean | null;
  /** Options only: "(được 50% điểm)" / "(trừ 25% điểm)" after the text (option-credit.ts). */
  credit?: number;
  /** Bold, italic, highlight, colour over the label or the whole text (see option-marks.ts). */
  emphasis?: Emphasis[];
}

/** A question being read from Word, before its type and answers are settled. */
export interface QuestionDraft {
  number: number;
  label: string;
  part: QuestionPart;
  level: QuestionLevel;
  /** Marked "(Chọn nhiều đáp án)": options make a multiple-select question. */
  multiple?: boolean;
  location: string;
  stem: string[];
  options: ItemDraft[];
  statements: ItemDraft[];
  solution: string[];
  answerLines: string[];
  /** Where free paragraphs go. */
  target: 'stem' | 'option' | 'statement' | 'solution';
  question: ImportedQuestion;
  children: QuestionDraft[];
  group: { from: number; to: number } | null;
}

export function newDraft(
  number: number,
  label: string,
  part: QuestionPart,
  level: QuestionLevel,
): QuestionDraft {
  return {
    number,
    label,
    part,
    level,
    location: label,
    stem: [],
    options: [],
    statements: [],
    solution: [],
    answerLines: [],
    target: 'stem',
    question: emptyQuestion(label),
    children: [],
    group: null,
  };
}

const TRUTH_SUFFIX = /\s*[([]\s*(Đúng|Sai|Đ|S)\s*[)\]]\s*$/iu;

/**
 * Labelled items of one paragraph ("A. x\tB. y") with their correct-answer marks. Only statements
 * take a "(Đ)"/"(S)" suffix: an option such as "Mặt cầu (S)" keeps its text.
 */
export function readItems(segments: Segment[], items: Labelled[], kind: 'option' | 'statement'): ItemDraft[] {
  return items.map((item) => {
    const labelPart = sliceSegments(segments, item.start, item.labelEnd);
    let content = sliceSegments(segments, item.labelEnd, item.end);
    let truth: boolean | null = null;
    const suffix = kind === 'statement' ? TRUTH_SUFFIX.exec(plainText(content)) : null;
    if (suffix) {
      truth = /^(Đúng|Đ)$/iu.test(suffix[1]!);
      content = sliceSegments(content, 0, suffix.index);
    }
    const credit = kind === 'option' ? optionCredit(plainText(content)) : null;
    if (credit) content = sliceSegments(content, 0, credit.at);
    let mark: Mark = null;
    if (item.star) mark = 'star';
    else if (allFlagged(labelPart, 'underline') || allFlagged(content, 'underline')) mark = 'underline';
    else if (allFlagged(labelPart, 'red') || allFlagged(content, 'red')) mark = 'red';
    else if (truth !== null) mark = 'explicit';
    const html = segmentsToHtml(content, { dropUnderline: mark === 'underline' });
    const emphasis = emphasisOf(labelPart, content);
    return {
      label: item.label,
      html,
      more: [],
      mark,
      truth,
      emphasis,
      ...(credit && { credit: credit.credit }),
    };
  });
}

export function appendParagraph(draft: QuestionDraft, html: string): void {
  if (!html) return;
  if (draft.target === 'option' && draft.options.length)
    draft.options[draft.options.length - 1]!.more.push(html);
  else if (draft.target === 'statement' && draft.statements.length) {
    draft.statements[draft.statements.length - 1]!.more.push(html);
  } else if (draft.target === 'solution') draft.solution.push(html);
  else draft.stem.push(html);
}

export function itemHtml(item: ItemDraft): string {
  return item.more.length ? joinParagraphs([item.html, ...item.more]) : item.html;
}
