import { bySize } from '@hoclieu/db/testing/suite-size';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { parseQuestions } from '../src/index.js';
import { xmlInputs } from './fuzz-inputs.js';
import { fuzzDetectedOrDeclared, fuzzImporter } from './fuzz-runner.js';
import type { Entries } from './raw-zip.js';
import { qtiItemSeeds, qtiPackageSeeds } from './seeds.js';
import { zipMutation } from './zip-mutations.js';

const V3 = [
  'qti-assessment-item',
  'qti-response-declaration',
  'qti-correct-response',
  'qti-value',
  'qti-mapping',
  'qti-map-entry',
  'qti-item-body',
  'qti-choice-interaction',
  'qti-prompt',
  'qti-simple-choice',
  'qti-text-entry-interaction',
  'qti-extended-text-interaction',
  'qti-match-interaction',
  'qti-modal-feedback',
  'qti-content-body',
  'qti-equal',
];
const V21 = [
  'assessmentItem',
  'responseDeclaration',
  'correctResponse',
  'value',
  'mapping',
  'mapEntry',
  'itemBody',
  'choiceInteraction',
  'simpleChoice',
  'textEntryInteraction',
  'equal',
  'modalFeedback',
];
const HTML = ['p', 'div', 'span', 'img', 'table', 'tr', 'td', 'math', 'annotation', 'script', 'b', 'i', 'br'];
const NAMES = [...V3, ...V21, ...HTML];
const ATTRIBUTES = [
  'identifier',
  'title',
  'cardinality',
  'base-type',
  'baseType',
  'response-identifier',
  'responseIdentifier',
  'max-choices',
  'mapped-value',
  'map-key',
  'tolerance',
  'src',
  'class',
  'data-latex',
  'colspan',
  'encoding',
];
const MANIFEST = ['manifest', 'resources', 'resource', 'file', 'metadata', 'question', 'meta', 'dependency'];

describe('QTI importer under hostile input', () => {
  const runs = bySize(300, 10_000);
  let packages: Entries[];
  let items: string[];
  beforeAll(async () => {
    packages = await qtiPackageSeeds();
    items = await qtiItemSeeds();
  });

  it(`answers ${runs} malformed item files with a result or a file-level error, each in < 2 s`, async () => {
    await fuzzDetectedOrDeclared(
      'QTI item',
      xmlInputs(items, NAMES, ATTRIBUTES, ['qti-assessment-item', 'assessmentItem']),
      'qti',
      runs,
    );
  });

  it(`answers ${runs} malformed packages (.zip) with a result or a file-level error, each in < 2 s`, async () => {
    const parts = packages.flat().map(([name]) => name);
    const input = fc
      .constantFrom(...packages)
      .chain((seed) => zipMutation(seed, parts, [...NAMES, ...MANIFEST]))
      .map((bytes) => ({ bytes, fileName: 'goi-qti.zip' }));
    await fuzzImporter(
      'QTI package',
      input,
      ({ bytes }) => parseQuestions(bytes, 'goi-qti.zip', { format: 'qti' }),
      runs,
    );
  });
});
