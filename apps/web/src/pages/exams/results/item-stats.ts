/**
 * Colour hints for item analysis. Facility p (the share of points earned): under 0,3 hard, over 0,8
 * easy. Discrimination D (top group minus bottom group, Ebel's bands): 0,4 and above good, 0,2 to 0,4
 * acceptable, below 0,2 the question deserves a look.
 */
export type Band = 'hard' | 'medium' | 'easy';
export type DiscriminationBand = 'good' | 'fair' | 'poor';

export function facilityBand(p: number): Band {
  if (p < 0.3) return 'hard';
  if (p > 0.8) return 'easy';
  return 'medium';
}

export function discriminationBand(d: number): DiscriminationBand {
  if (d >= 0.4) return 'good';
  if (d >= 0.2) return 'fair';
  return 'poor';
}

export const facilityColors: Record<Band, string> = { hard: 'red', medium: 'teal', easy: 'yellow' };
export const discriminationColors: Record<DiscriminationBand, string> = {
  good: 'teal',
  fair: 'yellow',
  poor: 'red',
};

/** Option labels in order (A, B, C…; a, b… ; answers as given), the correct ones among them. */
export function optionEntries(counts: Record<string, number>, correct: string[]) {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }))
    .map(([label, count]) => ({ label, count, correct: correct.includes(label) }));
}

/**
 * Where each mã đề printed a question: "Mã đề 647: câu 3" with, for a choice question, the original
 * letters that moved ("A→C, C→A"). Item statistics are counted across versions by the original
 * letters (the one name an option has in every version); this line lets the teacher read a count
 * against the paper a student actually held. Letters that stayed in place are left out.
 */
export function versionLines(versions: { code: string; number: string; letters: Record<string, string> }[]) {
  return versions.map((v) => ({
    code: v.code,
    number: v.number,
    moved: Object.entries(v.letters)
      .filter(([original, printed]) => original !== printed)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([original, printed]) => `${original}→${printed}`)
      .join(', '),
  }));
}
