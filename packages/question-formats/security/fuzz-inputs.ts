import fc from 'fast-check';
import { applyByteOps } from '../testing/index.js';
import { byteOps } from './byte-mutations.js';
import { applyTextOps, NASTY, textOps, textPiece } from './text-mutations.js';
import { applyXmlOps, xmlDocument, xmlOps } from './xml-mutations.js';

/**
 * Inputs for a text importer: character mutations of the seeds, byte mutations (invalid UTF-8),
 * token soups from the format's grammar, long repetitions of one token (the shape that makes a
 * backtracking regular expression quadratic or worse) and raw random bytes.
 */
export function textInputs(seeds: string[], tokens: string[]): fc.Arbitrary<Buffer> {
  const seed = fc.constantFrom(...seeds);
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  return fc.oneof(
    { arbitrary: fc.tuple(seed, textOps(tokens)).map(([s, ops]) => utf8(applyTextOps(s, ops))), weight: 5 },
    { arbitrary: fc.tuple(seed, byteOps).map(([s, ops]) => applyByteOps(utf8(s), ops)), weight: 2 },
    {
      arbitrary: fc
        .array(textPiece([...tokens, '\n', '\n\n', ' ']), { maxLength: 300 })
        .map((p) => utf8(p.join(''))),
      weight: 2,
    },
    { arbitrary: repetition(tokens).map(utf8), weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 4_000 }).map((b) => Buffer.from(b)), weight: 1 },
  );
}

/** One token (or a pair) repeated thousands of times, optionally inside some text. */
function repetition(tokens: string[], maxTimes = 60_000): fc.Arbitrary<string> {
  const token = fc.constantFrom(...tokens, ...NASTY, ' ', '\n', '\t', '.', '{', '}', '<', '>');
  return fc
    .tuple(
      token,
      token,
      fc.integer({ min: 1_000, max: maxTimes }),
      fc.string({ maxLength: 10 }),
      fc.boolean(),
    )
    .map(([a, b, times, around, pair]) => `${around}${(pair ? a + b : a).repeat(times)}${around}`);
}

/** Inputs for an XML importer: structural and character mutations of the seeds, generated documents, broken bytes. */
export function xmlInputs(
  seeds: string[],
  names: string[],
  attributes: string[],
  roots: string[],
): fc.Arbitrary<Buffer> {
  const seed = fc.constantFrom(...seeds);
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  return fc.oneof(
    {
      arbitrary: fc.tuple(seed, xmlOps(names, attributes)).map(([s, ops]) => utf8(applyXmlOps(s, ops))),
      weight: 5,
    },
    { arbitrary: xmlDocument(names, attributes, roots).map(utf8), weight: 3 },
    { arbitrary: fc.tuple(seed, byteOps).map(([s, ops]) => applyByteOps(utf8(s), ops)), weight: 1 },
    {
      arbitrary: repetition(
        names.map((n) => `<${n}>`),
        20_000,
      ).map((t) => utf8(`<${roots[0]}>${t}`)),
      weight: 1,
    },
  );
}
