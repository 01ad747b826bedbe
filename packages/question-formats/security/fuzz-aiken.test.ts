import { bySize } from '@hoclieu/db/testing/suite-size';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseQuestions } from '../src/index.js';
import { textInputs } from './fuzz-inputs.js';
import { fuzzImporter } from './fuzz-runner.js';
import { AIKEN_SEED } from './seeds.js';

const TOKENS = [
  'A.',
  'B)',
  'H.',
  'I.',
  'a.',
  'ANSWER:',
  'ANSWER: A',
  'ANSWER: Z',
  'answer : h',
  '\r\n',
  '\n\n',
  ' ',
  '.',
  ')',
];

describe('Aiken importer under hostile input', () => {
  const runs = bySize(300, 10_000);
  it(`answers ${runs} malformed files with a result or a file-level error, each in < 2 s`, async () => {
    // Half go through format detection, as an upload named .txt does.
    const input = fc.tuple(textInputs([AIKEN_SEED], TOKENS), fc.boolean()).map(([bytes, detect]) => ({
      bytes,
      fileName: detect ? 'cau-hoi.txt' : 'aiken.txt',
    }));
    await fuzzImporter(
      'Aiken',
      input,
      ({ bytes, fileName }) =>
        parseQuestions(bytes, fileName, fileName === 'aiken.txt' ? { format: 'aiken' } : {}),
      runs,
    );
  });
});
