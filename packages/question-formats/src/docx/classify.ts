import type { QuestionLevel, QuestionPart } from '@hoclieu/contracts';
import { questionKeyLine } from './key-line.js';
import { isAnswerHeading } from './key-text.js';
import {
  leadingMarkers,
  levelLine,
  mergeMarkers,
  type QuestionMarkers,
  trailingMarkers,
} from './question-markers.js';

/** What one paragraph is, judged from its (NFC) plain text. */
export type Classified =
  | { kind: 'end' }
  | { kind: 'answer_heading' }
  | { kind: 'solution_heading'; rest: number }
  | { kind: 'part'; part: QuestionPart }
  | {
      kind: 'question';
      number: number;
      label: string;
      /** Where the stem starts (after the number and any leading markers)... */
      rest: number;
      /** Trailing markers to leave out of the stem: [end, resume). */
      end: number;
      resume: number;
      level: QuestionLevel;
      markers: QuestionMarkers;
    }
  | { kind: 'group_intro'; from: number; to: number }
  | { kind: 'options'; items: Labelled[] }
  | { kind: 'statements'; items: Labelled[] }
  | { kind: 'answer_line'; value: string }
  | { kind: 'level_line'; level: QuestionLevel; markers: QuestionMarkers }
  | { kind: 'text' };

/** A labelled item inside a paragraph: offsets into its plain text. */
export interface Labelled {
  label: string;
  /** Where the label (or its leading "*") starts. */
  start: number;
  /** Where the label ends (after "A." and its spaces). */
  labelEnd: number;
  end: number;
  star: boolean;
}

const END = /^[\s\-–—_.*]*HẾT[\s\-–—_.*!]*$/u;
const SOLUTION_HEADING = /^\s*(lời giải( chi tiết)?|hướng dẫn giải( chi tiết)?|hướng dẫn|giải)\s*[:.]?\s*/iu;
const PART = /^\s*PHẦN\s+(III|II|I|3|2|1)(?![\p{L}\d])/iu;
/** "PHẦN TỰ LUẬN", "PHẦN II. TỰ LUẬN": essays, outside the 2025 parts (so not typed by the part). */
const ESSAY_PART = /^\s*PHẦN\s+(?:[IVX\d]+\s*[.:\-–]?\s*)?TỰ LUẬN/iu;
const QUESTION = /^\s*(?:(Câu|Bài|Question)\s*(\d{1,3})\s*[.:)]?|(\d{1,3})\s*[.)](?!\d))\s*/iu;
/** "... trả lời câu 3 đến câu 5": the opening of a shared stem (the export renumbers it). */
export const GROUP_INTRO =
  /(?:trả lời|cho|dùng cho)\s+(?:các\s+)?câu(?:\s+hỏi)?\s+(?:từ\s+)?(\d{1,3})\s*(?:đến|tới|và|-|–)\s*(?:câu\s*)?(\d{1,3})/iu;
const ROMAN: Record<string, NonNullable<QuestionPart>> = {
  I: 'I',
  II: 'II',
  III: 'III',
  '1': 'I',
  '2': 'II',
  '3': 'III',
};

export function classify(text: string, context: { bareNumbers: boolean; nextNumber: number }): Classified {
  if (!text.trim()) return { kind: 'text' };
  if (END.test(text)) return { kind: 'end' };
  if (isAnswerHeading(text)) return { kind: 'answer_heading' };
  if (ESSAY_PART.test(text)) return { kind: 'part', part: null };
  const part = PART.exec(text);
  if (part) return { kind: 'part', part: ROMAN[part[1]!.toUpperCase()]! };
  const question = QUESTION.exec(text);
  if (question && (question[2] || (context.bareNumbers && Number(question[3]) === context.nextNumber))) {
    const number = Number(question[2] ?? question[3]);
    const leading = leadingMarkers(text, question[0].length);
    const trailing = trailingMarkers(text.slice(leading.end));
    const markers = mergeMarkers(leading.markers, trailing.markers);
    const label = question[1] ? `${capitalise(question[1])} ${number}` : String(number);
    const [end, resume] = [leading.end + trailing.start, leading.end + trailing.end];
    return { kind: 'question', number, label, rest: leading.end, end, resume, level: markers.level, markers };
  }
  const group = GROUP_INTRO.exec(text);
  if (group) return { kind: 'group_intro', from: Number(group[1]), to: Number(group[2]) };
  const solution = SOLUTION_HEADING.exec(text);
  if (solution && (solution[0].trim().length === text.trim().length || /[:.]\s*$/.test(solution[0]))) {
    return { kind: 'solution_heading', rest: solution[0].length };
  }
  const options = splitLabelled(text, /[A-H]/, /[.)]/);
  if (options) return { kind: 'options', items: options };
  const statements = splitLabelled(text, /[a-d]/, /[).]/);
  if (statements) return { kind: 'statements', items: statements };
  const level = levelLine(text);
  if (level) return { kind: 'level_line', level: level.level, markers: level };
  const answer = questionKeyLine(text);
  if (answer !== null) return { kind: 'answer_line', value: answer };
  return { kind: 'text' };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * "A. x\tB. y" -> labelled items. The first label must open the paragraph; later ones must be the
 * next letter in sequence and follow whitespace, so "điểm A. Khi đó" inside a stem is no option.
 */
export function splitLabelled(text: string, letters: RegExp, punctuation: RegExp): Labelled[] | null {
  const pattern = new RegExp(
    `(^|\\s)(\\*?)\\s*(${letters.source})${punctuation.source}(?=\\s|\\*|\\ufffc|$)[ \\t\\u00a0]*(\\*?)[ \\t\\u00a0]*`,
    'gu',
  );
  const items: Labelled[] = [];
  let expected: number | null = null;
  for (const match of text.matchAll(pattern)) {
    const label = match[3]!;
    const start = match.index + match[1]!.length;
    if (items.length === 0 && text.slice(0, start).trim() !== '') return null;
    if (expected !== null && label.charCodeAt(0) !== expected) continue;
    const previous = items[items.length - 1];
    if (previous) previous.end = start;
    items.push({
      label,
      start,
      labelEnd: match.index + match[0].length,
      end: text.length,
      star: Boolean(match[2] || match[4]),
    });
    expected = label.charCodeAt(0) + 1;
  }
  return items.length > 0 ? items : null;
}
