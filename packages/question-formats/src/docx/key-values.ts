/**
 * Answer keys written as text, the ways Vietnamese teachers write them: "1-B 2.D 3C", "Câu 1: B;
 * Câu 2: D", "6. ĐSĐS", "6) Đ-S-Đ-S", "Câu 6: a-Đ, b-S, c-Đ, d-S", "Câu 7: 40", "7. 0,5".
 */

const TRUTH = '(?:Đúng|Sai|Đ|S)';
const NUMBER = '(?:Câu\\s*)?(\\d{1,3})';

/** "Câu 6: a) Đ; b) S", "6. ĐSĐS", "6) Đ-S-Đ-S", "1-B", "1B": group 1 the number, group 2 the answer. */
export const KEY_ENTRY = new RegExp(
  `${NUMBER}\\s*(?:[-.:=)]\\s*)?(` +
    `(?:[a-d]\\s*[).:\\-–=]?\\s*${TRUTH}(?![\\p{L}])[\\s,;.]*){2,4}` +
    `|${TRUTH}(?:[\\s\\-–/.,]*${TRUTH}){3}(?![\\p{L}])` +
    '|[A-H](?![\\p{L}\\d]))',
  'iuy',
);

/** "Câu 7: 40", "7) -1,5", "7. 0,5" (a dot only when a space follows: "1.5" is no key). */
export const KEY_SHORT = new RegExp(
  `${NUMBER}\\s*(?:[:=)]|\\.(?=\\s))\\s*([-+−]?\\d+(?:[.,]\\d+)?)(?![\\d\\p{L}])`,
  'iuy',
);

const COMPACT = new RegExp(`^${TRUTH}(?:[\\s\\-–/.,;|]*${TRUTH}){0,3}$`, 'iu');
const LABELLED = new RegExp(`^(?:[a-d]\\s*[).:\\-–=]?\\s*${TRUTH}(?![\\p{L}])[\\s,;.|]*){1,4}$`, 'iu');
const LABELLED_ITEM = new RegExp(`([a-d])\\s*[).:\\-–=]?\\s*(${TRUTH})(?![\\p{L}])`, 'giu');
const TRUTH_WORD = new RegExp(TRUTH, 'giu');
const isTrue = (word: string): boolean => /^(Đúng|Đ)$/iu.test(word);

/**
 * Đúng/Sai values in statement order: "ĐSĐS", "Đ-S-Đ-S", "Đúng, Sai", "a) Đ; b) S", "a-Đ, b-S".
 * Labelled values land at their label's place ("b) S" alone sets b only).
 */
export function readTruths(raw: string): boolean[] | null {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.;]$/, '').trim();
  if (!text) return null;
  if (COMPACT.test(text)) return [...text.matchAll(TRUTH_WORD)].map((m) => isTrue(m[0]));
  if (!LABELLED.test(text)) return null;
  const values: boolean[] = [];
  for (const [, label = 'a', word = ''] of text.matchAll(LABELLED_ITEM)) {
    values[label.toLowerCase().charCodeAt(0) - 97] = isTrue(word);
  }
  return values.length ? values : null;
}
