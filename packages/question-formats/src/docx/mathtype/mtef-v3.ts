/**
 * Equation Editor 3.0 (MTEF 3) numbers its templates differently from MathType 5: each v3
 * selector (with its small variation number) is mapped to the v5 selector and variation bits the
 * converter understands. Unknown selectors map to 255, which the converter reports.
 */
export function v3Template(selector: number, variation: number): { selector: number; variation: number } {
  const to = (v5: number, bits = 0) => ({ selector: v5, variation: bits });
  const sides = [3, 1, 2][variation] ?? 3; // both fences, left only, right only
  if (selector <= 5) return to(selector, sides);
  if (selector <= 7) return to(selector, 3);
  if (selector <= 12) return to(9); // intervals: the fence glyphs follow the slot
  switch (selector) {
    case 13:
      return to(10, variation); // root: 0 square, 1 n-th
    case 14:
      return to(11, variation & 1); // fraction (1: small)
    case 15:
      return to([28, 27, 29][variation] ?? 29); // script: 0 sup, 1 sub, 2 both
    case 16:
    case 17:
      return to(selector - 4, variation); // under / over bar
    case 27:
    case 28:
      return to(24, selector === 27 ? 1 : 0); // horizontal brace, top / bottom
    case 39:
      return to(23); // limit
    case 40:
      return to(26); // long division
    case 41:
      return to(11, 2); // slash fraction
    case 45:
      return to(30, sides); // bra-ket
    case 46:
      return to(31, 4 | ([1, 2, 3][variation] ?? 2)); // arrow under
    case 47:
      return to(31, [1, 2, 3][variation] ?? 2); // arrow over
    case 48:
      return to(37);
  }
  if (selector >= 21 && selector <= 26) return to(15, ((selector - 21) % 3) + 1); // integrals ∫ ∬ ∭
  if (selector >= 29 && selector <= 38) return to(16 + Math.floor((selector - 29) / 2)); // ∑ ∏ ∐ ⋃ ⋂
  return to(255); // arrows with text, big operators of any sign, prescripts
}
