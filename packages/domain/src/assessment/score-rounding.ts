/**
 * A score to hundredths, half up. Marks on Vietnamese papers never need more, and rounding each
 * item keeps sums free of binary drift (0.1 + 0.2). The 12-significant-digit pass first removes
 * that drift, so 0.285 (stored as 0.28499999…) still rounds up to 0.29.
 */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}
