import type { ImportedQuestion, QuestionPart } from '@hoclieu/contracts';

export interface QuestionNumber {
  /** "Câu", "Bài" or "Question", as the reader spells it. */
  prefix: string;
  number: number;
}

const OWN_NUMBER = /^(Câu|Bài|Question)\s*(\d{1,3})$/iu;

/**
 * The number each question is written with. Questions keep their own ("Câu 12", "Bài 3") when the
 * reader can tell them apart again: all of that form, none repeated within a part, no question
 * falling inside a group's range without belonging to it. Otherwise all are numbered 1, 2, 3...
 * across the paper (never restarting, so no two can collide). A group is keyed by its children.
 */
export function questionNumbers(questions: ImportedQuestion[]): Map<ImportedQuestion, QuestionNumber> {
  const flat = questions.flatMap((q): { q: ImportedQuestion; group: ImportedQuestion | null }[] =>
    q.type === 'group' && q.children.length
      ? q.children.map((child) => ({ q: child, group: q }))
      : [{ q, group: null }],
  );
  const own = flat.map(({ q }) => {
    const match = OWN_NUMBER.exec(q.number.trim().normalize('NFC'));
    return match ? { prefix: capitalise(match[1] as string), number: Number(match[2]) } : null;
  });
  const numbers = new Map<ImportedQuestion, QuestionNumber>();
  const keep =
    own.every(Boolean) && distinct(flat.map(({ q, group }, i) => [partOf(q, group), own[i]?.number ?? 0]));
  flat.forEach(({ q }, i) => {
    numbers.set(q, keep ? (own[i] as QuestionNumber) : { prefix: 'Câu', number: i + 1 });
  });
  if (keep && !groupsHoldTheirRanges(questions, numbers)) {
    flat.forEach(({ q }, i) => {
      numbers.set(q, { prefix: 'Câu', number: i + 1 });
    });
  }
  return numbers;
}

/** The numbers a group's intro names ("trả lời câu 3 đến câu 5"). */
export function groupRange(
  group: ImportedQuestion,
  numbers: Map<ImportedQuestion, QuestionNumber>,
): [number, number] {
  const own = group.children.map((child) => numbers.get(child)?.number ?? 0);
  return [Math.min(...own), Math.max(...own)];
}

function partOf(q: ImportedQuestion, group: ImportedQuestion | null): QuestionPart {
  return group ? group.part : q.part;
}

function distinct(keys: [QuestionPart, number][]): boolean {
  const seen = new Set(keys.map(([part, number]) => `${part}|${number}`));
  return seen.size === keys.length;
}

/** The reader puts every question numbered inside a group's range into that group. */
function groupsHoldTheirRanges(
  questions: ImportedQuestion[],
  numbers: Map<ImportedQuestion, QuestionNumber>,
): boolean {
  return questions.every((group) => {
    if (group.type !== 'group' || group.children.length === 0) return true;
    const [from, to] = groupRange(group, numbers);
    return questions.every((other) => {
      if (other === group) return true;
      const members = other.type === 'group' && other.children.length ? other.children : [other];
      return members.every(
        (q) => other.part !== group.part || !inRange(numbers.get(q)?.number ?? 0, from, to),
      );
    });
  });
}

const inRange = (n: number, from: number, to: number): boolean => n >= from && n <= to;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
