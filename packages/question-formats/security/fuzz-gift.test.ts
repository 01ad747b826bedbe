import { bySize } from '@hoclieu/db/testing/suite-size';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseQuestions } from '../src/index.js';
import { textInputs } from './fuzz-inputs.js';
import { fuzzImporter } from './fuzz-runner.js';
import { GIFT_SEED } from './seeds.js';

const TOKENS = [
  '{',
  '}',
  '=',
  '~',
  '#',
  '####',
  '::',
  '//',
  '\\',
  '\\{',
  '\\=',
  '%50%',
  '%-100%',
  '%',
  '->',
  'TRUE',
  'F',
  '$CATEGORY:',
  '[html]',
  '[markdown]',
  '..',
  ':',
  '0.5',
  '-1e308',
  '1..5',
  '#0.5:0.01',
  '<b>',
];

describe('GIFT importer under hostile input', () => {
  const runs = bySize(300, 10_000);
  it(`answers ${runs} malformed files with a result or a file-level error, each in < 2 s`, async () => {
    // Half go through format detection, as an upload named .txt does.
    const input = fc.tuple(textInputs([GIFT_SEED], TOKENS), fc.boolean()).map(([bytes, named]) => ({
      bytes,
      fileName: named ? 'cau-hoi.gift' : 'cau-hoi.txt',
    }));
    await fuzzImporter(
      'GIFT',
      input,
      ({ bytes, fileName }) =>
        parseQuestions(bytes, fileName, fileName.endsWith('.txt') ? {} : { format: 'gift' }),
      runs,
    );
  });
});
