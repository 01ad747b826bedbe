import type { QuestionLevel } from '@hoclieu/contracts';
import { levelFromLabel } from '../question.js';

/**
 * What a teacher writes beside a question rather than in it: its level ("(NB)", "[Thông hiểu]",
 * "Mức độ: Vận dụng cao"), its points ("(0,5 điểm)", "[0.25đ]") and, in the convention our export
 * writes, "(Chọn nhiều đáp án)" for a multiple-select question. Only bare markers count: "(VD: ...)"
 * is an example in the text, not a level.
 */
export interface QuestionMarkers {
  level: QuestionLevel;
  /** "VDC" / "Vận dụng cao": stored as van_dung with the tag "vận dụng cao". */
  advanced: boolean;
  points: number | null;
  multiple: boolean;
}

const NO_MARKERS: QuestionMarkers = { level: null, advanced: false, points: null, multiple: false };

/** The tag a "(VDC)" question gets: the 2025 scale has no fourth level. */
export const ADVANCED_TAG = 'vận dụng cao';
/** How our export marks a multiple-select question; teachers may write it too. */
export const MULTIPLE_MARKER = 'Chọn nhiều đáp án';

const LEVEL = 'NB|TH|VDC|VD|Nhận biết|Thông hiểu|Vận dụng cao|Vận dụng|Biết|Hiểu';
/** After "Mức độ:" the unaccented spellings too. */
const LINE_LEVEL = `${LEVEL}|Nhan biet|Thong hieu|Van dung cao|Van dung|Biet|Hieu`;
const POINTS = String.raw`(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:điểm|đ)`;
const MULTIPLE = String.raw`(?:chọn\s+)?nhiều\s+(?:đáp\s+án|phương\s+án|lựa\s+chọn)(?:\s+đúng)?`;
const ITEM = `(?:${LEVEL}|${POINTS}|${MULTIPLE})`;
/** One bracket of markers: "(NB)", "[0,5đ]", "(TH – 0,25 điểm)". */
const BRACKET = String.raw`(?:\(\s*${ITEM}(?:\s*[,;/|–-]\s*${ITEM})*\s*\)|\[\s*${ITEM}(?:\s*[,;/|–-]\s*${ITEM})*\s*\])`;
/** "Mức độ: Nhận biết", optionally with points after it. */
const LEVEL_PHRASE = String.raw`(?:mức\s+độ|cấp\s+độ|mức)\s*[:.]\s*(?:${LINE_LEVEL})(?![\p{L}\d])(?:\s*${BRACKET})*`;

const LEADING = new RegExp(String.raw`^(?:\s*${BRACKET})+\s*[.:]?\s*`, 'iu');
const TRAILING = new RegExp(String.raw`(?:\s*(?:${BRACKET}|${LEVEL_PHRASE}))+(?=\s*[.:;?!]?\s*$)`, 'iu');
const LINE = new RegExp(String.raw`^\s*${LEVEL_PHRASE}\s*[.]?\s*$`, 'iu');
const PIECE = new RegExp(String.raw`(${LINE_LEVEL})(?![\p{L}\d])|${POINTS}|(${MULTIPLE})`, 'giu');

/**
 * Markers are short: only this many characters at either end of a paragraph are searched, which
 * also keeps the search linear on a hostile paragraph of 100,000 spaces or brackets.
 */
const WINDOW = 240;

/** Markers opening `text` at `from` (after "Câu 3"): their end and what they say. */
export function leadingMarkers(text: string, from: number): { end: number; markers: QuestionMarkers } {
  const match = LEADING.exec(text.slice(from, from + WINDOW));
  return match
    ? { end: from + match[0].length, markers: read(match[0]) }
    : { end: from, markers: NO_MARKERS };
}

/**
 * Markers ending a stem paragraph: where they start and end, and what they say. A full stop after
 * them ("Tính x (NB).") stays with the text.
 */
export function trailingMarkers(text: string): { start: number; end: number; markers: QuestionMarkers } {
  const offset = Math.max(0, text.length - WINDOW);
  const match = TRAILING.exec(text.slice(offset));
  if (!match) return { start: text.length, end: text.length, markers: NO_MARKERS };
  const start = offset + match.index;
  return { start, end: start + match[0].length, markers: read(match[0]) };
}

/** A paragraph that is only "Mức độ: Nhận biết" (points may follow); null otherwise. */
export function levelLine(text: string): QuestionMarkers | null {
  const match = text.length <= WINDOW ? LINE.exec(text) : null;
  return match ? read(match[0].replace(/^\s*(?:mức\s+độ|cấp\s+độ|mức)\s*[:.]/iu, '')) : null;
}

/** Both sets of markers; the later one wins where both say something. */
export function mergeMarkers(first: QuestionMarkers, second: QuestionMarkers): QuestionMarkers {
  return {
    level: second.level ?? first.level,
    advanced: second.level ? second.advanced : first.advanced,
    points: second.points ?? first.points,
    multiple: first.multiple || second.multiple,
  };
}

function read(text: string): QuestionMarkers {
  const markers = { ...NO_MARKERS };
  for (const piece of text.matchAll(PIECE)) {
    if (piece[1]) {
      markers.level = levelFromLabel(piece[1]);
      markers.advanced = /^(VDC|Vận dụng cao|Van dung cao)$/iu.test(piece[1]);
    } else if (piece[2]) markers.points = Number(piece[2].replace(',', '.'));
    else if (piece[3]) markers.multiple = true;
  }
  return markers;
}

/** The span of a stem paragraph's trailing markers, which go onto the question. */
export function stemMarkers(draft: Parameters<typeof applyMarkers>[0], text: string): [number, number] {
  const trailing = trailingMarkers(text);
  applyMarkers(draft, trailing.markers);
  return [trailing.start, trailing.end];
}

/** What the markers say, onto a question being read (a later marker overrides an earlier one). */
export function applyMarkers(
  draft: { level: QuestionLevel; multiple?: boolean; question: { metadata: Record<string, unknown> } },
  markers: QuestionMarkers,
): void {
  if (markers.level) draft.level = markers.level;
  if (markers.multiple) draft.multiple = true;
  const metadata = draft.question.metadata;
  if (markers.points !== null) metadata.points = markers.points;
  if (markers.advanced) {
    const tags = Array.isArray(metadata.tags) ? (metadata.tags as string[]) : [];
    if (!tags.includes(ADVANCED_TAG)) metadata.tags = [...tags, ADVANCED_TAG];
  }
}
