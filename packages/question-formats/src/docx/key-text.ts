import type { QuestionPart } from '@hoclieu/contracts';
import { type AnswerKeyEntry, parseAnswerText } from './answer-key.js';

/** The key section's lines: its heading, lines that are all keys, keys on a part's line. */

const ANSWER_HEADING = new RegExp(
  '^\\s*(?:PHẦN\\s+(?:[IVX\\d]+\\s*[.:\\-–]?\\s*)?)?' +
    '(?:BẢNG\\s+ĐÁP\\s+ÁN|ĐÁP\\s+ÁN|HƯỚNG\\s+DẪN\\s+CHẤM)' +
    '(?:\\s*(?:VÀ|[-–,/])\\s*(?:HƯỚNG\\s+DẪN\\s+CHẤM|ĐÁP\\s+ÁN|BIỂU\\s+ĐIỂM|THANG\\s+ĐIỂM))?' +
    '(?:\\s+(?:THAM\\s+KHẢO|TRẮC\\s+NGHIỆM|CHI\\s+TIẾT))?' +
    '\\s*[:.]?\\s*$',
  'iu',
);

/**
 * "ĐÁP ÁN", "BẢNG ĐÁP ÁN", "HƯỚNG DẪN CHẤM", "ĐÁP ÁN VÀ HƯỚNG DẪN CHẤM", "PHẦN ĐÁP ÁN:", any case.
 */
export function isAnswerHeading(text: string): boolean {
  const squeezed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return ANSWER_HEADING.test(squeezed) || keysAfterHeading(squeezed, '').length > 0;
}

const INLINE_HEADING = /^\s*(?:BẢNG\s+)?ĐÁP\s+ÁN(?:\s+TRẮC\s+NGHIỆM)?\s*:\s*/iu;

/** "ĐÁP ÁN: 1-B 2-C 3-D": a heading with its keys on the same line (two keys at least). */
export function keysAfterHeading(text: string, location: string): AnswerKeyEntry[] {
  const heading = INLINE_HEADING.exec(text.normalize('NFC'));
  const keys = heading ? keyLine(text.normalize('NFC').slice(heading[0].length), null, location) : null;
  return keys && keys.length >= 2 ? keys : [];
}

/**
 * The keys of a whole line, or null when any word of it is not a key: a line that is all keys
 * ("Câu 1: B; Câu 2: D", notes in brackets aside: "Câu 1: B (0,25 điểm)") is read as keys even where
 * it looks like a question or a solution; "Câu 3: 1 + 1 = 2" is not.
 */
export function keyLine(text: string, part: QuestionPart, location: string): AnswerKeyEntry[] | null {
  const parsed = parseAnswerText(text.replace(/\([^()]*\)/g, ' '), part, location);
  return parsed.entries.length > 0 && parsed.unparsed.length === 0 ? parsed.entries : null;
}

const PART_PREFIX = /^\s*PHẦN\s+(III|II|I|3|2|1)(?![\p{L}\d])\s*[.:\-–]?\s*/iu;
const PARTS: Record<string, QuestionPart> = { I: 'I', II: 'II', III: 'III', '1': 'I', '2': 'II', '3': 'III' };

/** "PHẦN I. ĐÁP ÁN TRẮC NGHIỆM": the part a key heading names, else null. */
export function headingPart(text: string): QuestionPart {
  return PARTS[PART_PREFIX.exec(text)?.[1]?.toUpperCase() ?? ''] ?? null;
}

/** "Phần II: Câu 6: a) Đ; b) S…": the keys written on the part's own line, if the rest is all keys. */
export function keysAfterPart(text: string, part: QuestionPart, location: string): AnswerKeyEntry[] {
  const prefix = PART_PREFIX.exec(text);
  if (!prefix) return [];
  return keyLine(text.slice(prefix[0].length), part, location) ?? [];
}

/** A line of the key section about points ("Mỗi câu đúng 0,25 điểm"): kept out of the warnings. */
export function isScoringNote(text: string): boolean {
  return /điểm/iu.test(text);
}
