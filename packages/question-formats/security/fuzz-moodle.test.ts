import { xmlInputs } from './fuzz-inputs.js';
import { describeImporterFuzz } from './fuzz-runner.js';
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

describeImporterFuzz('Moodle XML', 'moodle_xml', () => xmlInputs(moodleSeeds(), NAMES, ATTRIBUTES, ['quiz']));
