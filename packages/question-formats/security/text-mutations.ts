import fc from 'fast-check';

/** Character-level mutations of a text fixture, with the format's own tokens and characters that break parsers. */

/** Characters and tokens that break parsers: controls, lone surrogates, BOMs, NUL, combining marks. */
export const NASTY = [
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\u0301\u0303',
  '\r',
  '\r\n',
  '\t',
  '\u2028',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<!DOCTYPE x>',
  '%',
  '\\',
  'Tiếng Việt có dấu ỹ Ỵ đ',
];

export type TextOp =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'repeat'; at: number; length: number; times: number };

/** Text pieces to insert: the format's own tokens, nasty characters and random strings. */
export function textPiece(tokens: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...tokens), weight: 4 },
    { arbitrary: fc.constantFrom(...NASTY), weight: 2 },
    { arbitrary: fc.string({ maxLength: 20, unit: 'binary' }), weight: 1 },
    { arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }), weight: 1 },
  );
}

export function textOps(tokens: string[]): fc.Arbitrary<TextOp[]> {
  const piece = textPiece(tokens);
  const op: fc.Arbitrary<TextOp> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece }), weight: 4 },
    {
      arbitrary: fc.record({
        op: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 80 }),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        op: fc.constant('duplicate' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 400 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        op: fc.constant('replace' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 20 }),
        text: piece,
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 8 }),
        times: fc.integer({ min: 2, max: 20_000 }),
      }),
      weight: 1,
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 6 });
}

export function applyTextOps(seed: string, ops: TextOp[]): string {
  let text = seed;
  for (const op of ops) {
    if (op.op === 'swapLines') {
      const lines = text.split('\n');
      if (lines.length > 1) {
        const [a, b] = [op.a % lines.length, op.b % lines.length];
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      }
      text = lines.join('\n');
      continue;
    }
    const at = text.length ? op.at % (text.length + 1) : 0;
    if (op.op === 'insert') text = text.slice(0, at) + op.text + text.slice(at);
    else if (op.op === 'delete') text = text.slice(0, at) + text.slice(at + op.length);
    else if (op.op === 'duplicate') {
      const piece = text.slice(at, at + op.length);
      text = text.slice(0, at) + piece + piece + text.slice(at + op.length);
    } else if (op.op === 'replace') text = text.slice(0, at) + op.text + text.slice(at + op.length);
    else if (op.op === 'truncate') text = text.slice(0, at);
    else if (op.op === 'repeat') {
      const piece = text.slice(at, at + op.length);
      text = text.slice(0, at) + piece.repeat(op.times) + text.slice(at + op.length);
    }
  }
  return text;
}
