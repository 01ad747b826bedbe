import type { ShortAnswer } from '@hoclieu/contracts';
import { creditNote, readCredit, vietnameseDecimal } from './option-credit.js';

/**
 * A short answer's key line, in the convention our Word export writes (teachers may write it too):
 * "Đáp án: 0,5; 1/2 (sai số 0,01)" — every accepted answer, separated by ";", then the tolerance;
 * "Đáp án: 0,4 (được 50% điểm; sai số 0,1)" (or "(50%)") — answers earning part of the points. A closing bracket counts
 * only when everything in it reads as a credit or a tolerance: "Đáp án: 2 (m)" keeps its "(m)".
 */
export function readShortAnswer(text: string, previous: ShortAnswer | null): ShortAnswer {
  const [answers, notes] = splitNotes(text.normalize('NFC').trim());
  const accepted = answers
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  const credit = notes.credit;
  if (credit !== null && credit < 1) {
    if (credit <= 0) return previous ?? { accepted: [], tolerance: null };
    const credited = accepted.map((a) => ({ text: a, credit, tolerance: notes.tolerance }));
    return {
      ...(previous ?? { accepted: [], tolerance: null }),
      credited: [...(previous?.credited ?? []), ...credited],
    };
  }
  return {
    accepted,
    tolerance: notes.tolerance,
    ...(previous?.credited && { credited: previous.credited }),
  };
}

interface Notes {
  credit: number | null;
  tolerance: number | null;
}

const NOTES = /\(([^()]*)\)\s*$/u;
const TOLERANCE = /^(?:sai\s+số|dung\s+sai)\s*:?\s*(?:±\s*)?(\d+(?:[.,]\d+)?)$/iu;

function splitNotes(text: string): [string, Notes] {
  const none: Notes = { credit: null, tolerance: null };
  const match = NOTES.exec(text);
  if (!match) return [text, none];
  const notes = { ...none };
  for (const item of (match[1] ?? '').split(';').map((s) => s.trim())) {
    const credit = readCredit(item);
    const tolerance = TOLERANCE.exec(item);
    if (credit !== null) notes.credit = credit;
    else if (tolerance) notes.tolerance = Number((tolerance[1] ?? '').replace(',', '.'));
    else return [text, none];
  }
  return [text.slice(0, match.index).trim(), notes];
}

/** The key lines of a short answer, the reverse of `readShortAnswer`. */
export function shortAnswerLines(answer: ShortAnswer): string[] {
  const tolerance = (t: number | null) => (t ? `sai số ${vietnameseDecimal(t)}` : '');
  const notes = (...items: string[]) => (items.some(Boolean) ? ` (${items.filter(Boolean).join('; ')})` : '');
  const lines = answer.accepted.length
    ? [`${answer.accepted.join('; ')}${notes(tolerance(answer.tolerance))}`]
    : [];
  for (const c of answer.credited ?? [])
    lines.push(`${c.text}${notes(creditNote(c.credit), tolerance(c.tolerance))}`);
  return lines;
}
