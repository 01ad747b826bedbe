import { textInputs } from './fuzz-inputs.js';
import { describeImporterFuzz } from './fuzz-runner.js';
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

describeImporterFuzz('Aiken', 'aiken', () => textInputs([AIKEN_SEED], TOKENS));
