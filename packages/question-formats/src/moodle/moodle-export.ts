import type { ImportedImage, ImportedQuestion } from '@hoclieu/contracts';
import { isTrueFalse, TEST_RULE_TAG, writeChoices, writeTrueFalse } from './moodle-choices.js';
import { clozeText } from './moodle-cloze.js';
import { cdata, richField } from './moodle-fields.js';
import { flattenGroups } from './moodle-groups.js';
import { shortAnswerType, writeShortAnswer } from './moodle-short-answer.js';
import { writeTags } from './moodle-tags.js';

type Images = Map<string, ImportedImage>;

/**
 * Questions as Moodle XML, read back by `parseMoodleXml` as the same questions. Single choice and
 * multiple select -> multichoice with their credits as fractions (a plain "Đúng"/"Sai" choice ->
 * truefalse), short answers -> numerical or shortanswer, Đúng/Sai groups -> Cloze, essays ->
 * essay with the rubric as grader information, groups -> their children (see moodle-groups).
 * Math is written as `\(…\)` / `\[…\]` for Moodle's MathJax filter; level, part, metadata as tags.
 */
export function exportMoodleXml(questions: ImportedQuestion[], images: ImportedImage[] = []): string {
  const byId = new Map(images.map((image) => [image.id, image]));
  const body = flattenGroups(questions)
    .map(({ q, own }) => exportOne(q, own, byId))
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}\n</quiz>\n`;
}

function exportOne(q: ImportedQuestion, own: string[], images: Images): string {
  const type = moodleType(q);
  const points = typeof q.metadata.points === 'number' && q.metadata.points > 0 ? q.metadata.points : 1;
  const parts: string[] = [
    `<name>${cdata(q.number)}</name>`,
    richField('questiontext', type === 'multianswer' ? clozeText(q) : q.stem, images),
  ];
  if (q.solution) parts.push(richField('generalfeedback', q.solution, images));
  parts.push(`<defaultgrade>${points}</defaultgrade>`);
  switch (type) {
    case 'truefalse':
      parts.push(...writeTrueFalse(q, images));
      break;
    case 'multichoice':
      parts.push(...writeChoices(q, images));
      if (q.type === 'multiple_select' && q.options.every((o) => o.credit === undefined))
        own.push(TEST_RULE_TAG);
      break;
    case 'numerical':
    case 'shortanswer':
      parts.push(...writeShortAnswer(q, images, own));
      break;
    case 'essay':
      parts.push(...essayFields(q, images));
      break;
  }
  parts.push(...feedbackFields(q, images), writeTags(q, own));
  return `<question type="${type}">\n  ${parts.filter(Boolean).join('\n  ')}\n</question>`;
}

function moodleType(q: ImportedQuestion): string {
  switch (q.type) {
    case 'single_choice':
      return isTrueFalse(q) ? 'truefalse' : 'multichoice';
    case 'multiple_select':
      return 'multichoice';
    case 'true_false_group':
      return 'multianswer';
    case 'short_answer':
      return shortAnswerType(q);
    default:
      return 'essay';
  }
}

function essayFields(q: ImportedQuestion, images: Images): string[] {
  return [
    '<responseformat>editor</responseformat>',
    '<responserequired>1</responserequired>',
    '<responsefieldlines>15</responsefieldlines>',
    '<attachments>0</attachments>',
    '<attachmentsrequired>0</attachmentsrequired>',
    richField('graderinfo', q.rubric ?? '', images),
    '<responsetemplate format="html"><text></text></responsetemplate>',
  ];
}

/** Combined feedback (Moodle shows it for choices; this package reads it for every type) and hints. */
function feedbackFields(q: ImportedQuestion, images: Images): string[] {
  const out: string[] = [];
  const { correct, partial, incorrect } = q.feedback ?? {};
  if (correct) out.push(richField('correctfeedback', correct, images));
  if (partial) out.push(richField('partiallycorrectfeedback', partial, images));
  if (incorrect) out.push(richField('incorrectfeedback', incorrect, images));
  for (const hint of q.hints ?? []) out.push(richField('hint', hint, images));
  return out;
}
