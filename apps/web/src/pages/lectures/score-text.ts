/** A lecture's score as the teacher reads it: the raw score, else the scaled one as a percentage. */
export function scoreText(raw: number | null, scaled: number | null): string {
  if (raw !== null) return String(Math.round(raw * 100) / 100);
  if (scaled !== null) return `${Math.round(scaled * 100)} %`;
  return '';
}
