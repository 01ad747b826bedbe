import { textInputs } from './fuzz-inputs.js';
import { describeImporterFuzz } from './fuzz-runner.js';
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

describeImporterFuzz('GIFT', 'gift', () => textInputs([GIFT_SEED], TOKENS));
