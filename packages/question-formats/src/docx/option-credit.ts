/**
 * Partial credit in the Word convention: "(được 50% điểm)" ending an option or a short answer, a
 * share of the question's points; "(trừ 25% điểm)" a penalty (multiple select). The wording is
 * kept apart from ordinary text: an option "3 học sinh (25%)" keeps its text.
 */
const OPTION_CREDIT = /\(\s*(được|trừ)\s+([-+]?\d+(?:[.,]\d+)?)\s*%\s*điểm\s*\)\s*$/iu;
const CREDIT = /^(?:(được|trừ)\s+)?([-+]?\d+(?:[.,]\d+)?)\s*%(?:\s*điểm)?$/iu;

/** An option's credit suffix: where it starts and the credit (-1..1); null when there is none. */
export function optionCredit(text: string): { at: number; credit: number } | null {
  const match = OPTION_CREDIT.exec(text);
  const credit = match ? creditOf(match[1] ?? '', match[2] ?? '') : null;
  return match && credit !== null ? { at: match.index, credit } : null;
}

/** "50%", "được 50% điểm", "trừ 25% điểm" -> 0.5, 0.5, -0.25; null otherwise. */
export function readCredit(text: string): number | null {
  const match = CREDIT.exec(text.trim());
  return match ? creditOf(match[1] ?? '', match[2] ?? '') : null;
}

function creditOf(verb: string, percent: string): number | null {
  const value = (Number(percent.replace(',', '.')) / 100) * (/^trừ$/iu.test(verb) ? -1 : 1);
  return Number.isFinite(value) && value >= -1 && value <= 1 ? value : null;
}

/** "0,5" for 0.5: the way the paper writes numbers. */
export const vietnameseDecimal = (n: number): string => String(n).replace('.', ',');

/** "được 50% điểm", "trừ 25% điểm". */
export function creditNote(credit: number): string {
  const percent = vietnameseDecimal(Math.abs(credit) * 100);
  return credit < 0 ? `trừ ${percent}% điểm` : `được ${percent}% điểm`;
}
