import type { OutcomeFeedback } from '@hoclieu/contracts';
import { htmlToText } from './html-to-text';

/** Outcome feedback in the editor: one text per outcome, '' when there is none. */
export type OutcomeDraft = Record<keyof OutcomeFeedback, string>;

export const outcomes = ['correct', 'partial', 'incorrect'] as const;

export const emptyOutcomes = (): OutcomeDraft => ({ correct: '', partial: '', incorrect: '' });

export function outcomesFromContent(feedback: OutcomeFeedback | undefined): OutcomeDraft {
  const draft = emptyOutcomes();
  for (const outcome of outcomes) draft[outcome] = feedback?.[outcome] ? htmlToText(feedback[outcome]) : '';
  return draft;
}

/**
 * The outcome feedback and hints to send, empty ones left out; `html` turns an edited text back
 * into HTML, keeping the stored HTML of a text left untouched.
 */
export function outcomesContent(
  draft: { feedback: OutcomeDraft; hints: string[] },
  origin: { feedback?: OutcomeFeedback; hints?: string[] } | undefined,
  html: (text: string, original: string | undefined) => string,
): { feedback?: OutcomeFeedback; hints?: string[] } {
  const feedback: OutcomeFeedback = {};
  for (const outcome of outcomes) {
    const text = draft.feedback[outcome];
    if (text.trim()) feedback[outcome] = html(text, origin?.feedback?.[outcome]);
  }
  const hints = draft.hints.flatMap((text, index) =>
    text.trim() ? [html(text, origin?.hints?.[index])] : [],
  );
  return {
    ...(Object.keys(feedback).length > 0 && { feedback }),
    ...(hints.length > 0 && { hints }),
  };
}

/** A share (0.5) as the percent a teacher types (50), to at most 4 decimals. */
export const creditPercent = (credit: number) => Math.round(credit * 1_000_000) / 10_000;
