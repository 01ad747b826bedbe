import { bySize } from '@hoclieu/db/testing/suite-size';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseQuestions } from '../src/index.js';
import { xmlInputs } from './fuzz-inputs.js';
import { fuzzImporter } from './fuzz-runner.js';
import { moodleSeeds } from './seeds.js';

const NAMES = [
  'quiz',
  'question',
  'name',
  'text',
  'questiontext',
  'generalfeedback',
  'answer',
  'tolerance',
  'single',
  'tags',
  'tag',
  'file',
  'category',
  'feedback',
];
const ATTRIBUTES = ['type', 'fraction', 'format', 'name', 'path', 'encoding'];

describe('Moodle XML importer under hostile input', () => {
  const runs = bySize(300, 10_000);
  it(`answers ${runs} malformed files with a result or a file-level error, each in < 2 s`, async () => {
    const input = fc
      .tuple(xmlInputs(moodleSeeds(), NAMES, ATTRIBUTES, ['quiz']), fc.boolean())
      .map(([bytes, detect]) => ({ bytes, fileName: detect ? 'cau-hoi.xml' : 'moodle.xml' }));
    await fuzzImporter(
      'Moodle XML',
      input,
      ({ bytes, fileName }) =>
        parseQuestions(bytes, fileName, fileName === 'moodle.xml' ? { format: 'moodle_xml' } : {}),
      runs,
    );
  });
});
