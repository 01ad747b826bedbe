/**
 * A share of the points as teachers read it: 0.5 → "50 %", −0.25 → "−25 %", 1/3 → "33,33 %" in
 * Vietnamese (a decimal comma and a true minus sign).
 */
export function formatCredit(credit: number, language: string): string {
  const percent = (credit * 100).toLocaleString(language, { maximumFractionDigits: 2 });
  return `${percent.replace('-', '−')} %`;
}
