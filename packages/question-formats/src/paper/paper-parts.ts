import type { ImportedQuestion } from '@hoclieu/contracts';

/** The sections of a 2025 paper; essays come after the objective parts. */
export type PaperSection = 'I' | 'II' | 'III' | 'essay';

const BY_TYPE: Record<ImportedQuestion['type'], PaperSection | null> = {
  single_choice: 'I',
  multiple_select: 'I',
  true_false_group: 'II',
  short_answer: 'III',
  essay: 'essay',
  group: null,
};

/** A question's section: its part, else what its type (a group: its first child's) calls for. */
export function sectionOf(q: ImportedQuestion): PaperSection {
  if (q.part) return q.part;
  const first = q.children[0];
  if (q.type === 'group' && first) return sectionOf(first);
  return BY_TYPE[q.type] ?? 'essay';
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Parts I–III keep the Ministry's numerals (they match the answer sheet's zones); the essay part
 * takes the numeral after the last objective part present ("PHẦN II. Tự luận" after Phần I alone),
 * which the Word reader also takes for essays.
 */
export function essayNumeral(present: PaperSection[]): string {
  const objective = present.filter((s) => s !== 'essay').map((s) => ROMAN.indexOf(s));
  return ROMAN[Math.max(-1, ...objective) + 1] ?? 'IV';
}

const range = (from: number, to: number): string =>
  from === to ? `câu ${from}` : `từ câu ${from} đến câu ${to}`;

/** The part heading as in the 2025 reference papers: name in bold, then the instruction. */
export function partHeading(
  section: PaperSection,
  from: number,
  to: number,
  present: PaperSection[],
): { title: string; instruction: string } {
  switch (section) {
    case 'I':
      return {
        title: 'PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn.',
        instruction: `Thí sinh trả lời ${range(from, to)}. Mỗi câu hỏi thí sinh chỉ chọn một phương án.`,
      };
    case 'II':
      return {
        title: 'PHẦN II. Câu trắc nghiệm đúng sai.',
        instruction: `Thí sinh trả lời ${range(from, to)}. Trong mỗi ý a), b), c), d) ở mỗi câu, thí sinh chọn đúng hoặc sai.`,
      };
    case 'III':
      return {
        title: 'PHẦN III. Câu trắc nghiệm trả lời ngắn.',
        instruction: `Thí sinh trả lời ${range(from, to)}.`,
      };
    default:
      return {
        title: `PHẦN ${essayNumeral(present)}. Tự luận.`,
        instruction: `Thí sinh trình bày bài làm ${range(from, to)}.`,
      };
  }
}
