/** A number as Vietnamese papers write it: decimal comma, at most two decimals ("0,25", "2,5", "30"). */
export function vietnameseNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}
