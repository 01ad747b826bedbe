import { bySize } from '@hoclieu/db/testing/suite-size';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { parseQuestions } from '../src/index.js';
import { applyByteOps, rawZip } from '../testing/index.js';
import { byteOps } from './byte-mutations.js';
import { fuzzImporter } from './fuzz-runner.js';
import type { Entries } from './raw-zip.js';
import { docxSeeds } from './seeds.js';
import { zipMutation } from './zip-mutations.js';

const NAMES = [
  'w:document',
  'w:body',
  'w:p',
  'w:r',
  'w:t',
  'w:tab',
  'w:br',
  'w:rPr',
  'w:b',
  'w:u',
  'w:color',
  'w:tbl',
  'w:tr',
  'w:tc',
  'w:numPr',
  'w:numId',
  'w:ilvl',
  'm:oMath',
  'm:oMathPara',
  'm:f',
  'm:num',
  'm:den',
  'm:r',
  'm:t',
  'm:rad',
  'm:nary',
  'm:sSup',
  'a:blip',
  'w:drawing',
  'Relationship',
  'Relationships',
  'w:abstractNum',
  'w:num',
  'w:lvl',
  'w:lvlText',
];

describe('Word (.docx) importer under hostile input', () => {
  const runs = bySize(300, 10_000);
  let seeds: Entries[];
  beforeAll(async () => {
    seeds = await docxSeeds();
  });

  it(`answers ${runs} malformed .docx files with a result or a file-level error, each in < 2 s`, async () => {
    const parts = seeds.flat().map(([name]) => name);
    const input = fc.oneof(
      { arbitrary: fc.constantFrom(...seeds).chain((seed) => zipMutation(seed, parts, NAMES)), weight: 8 },
      // Byte mutations of the valid package as written (yazl: deflated, data descriptors).
      {
        arbitrary: fc
          .tuple(fc.constantFrom(...seeds), byteOps)
          .map(([seed, ops]) =>
            applyByteOps(rawZip(seed.map(([name, data]) => ({ name, data, compress: true }))), ops),
          ),
        weight: 2,
      },
      { arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b)), weight: 1 },
    );
    await fuzzImporter(
      'Word .docx',
      input.map((bytes) => ({ bytes, fileName: 'de-thi.docx' })),
      ({ bytes, fileName }) => parseQuestions(bytes, fileName),
      runs,
    );
  });
});
