import type { ImportedQuestion, ImportProblem, ImportResult, OutcomeFeedback } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { problem, warning } from '../problems.js';
import { emptyQuestion, failedResult } from '../question.js';
import { checkQuestion } from '../validate.js';
import { attr, childElements, firstChild, parseXml } from '../xml.js';
import { readAnswers, readHtml } from './moodle-answers.js';
import { dropTestRuleCredits, readChoices, readTrueFalse, TEST_RULE_TAG } from './moodle-choices.js';
import { readCloze } from './moodle-cloze.js';
import { ImageCollector } from './moodle-fields.js';
import { regroup } from './moodle-groups.js';
import { readShortAnswer, readSpellings } from './moodle-short-answer.js';
import { readTags } from './moodle-tags.js';
import { describeType, unsupportedType } from './moodle-unsupported.js';

interface Read {
  q: ImportedQuestion;
  own: string[];
}

/** Moodle XML (`<quiz>`) to questions; DOCTYPE/ENTITY refused, unsupported types reported. */
export function parseMoodleXml(text: string): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return failedResult('moodle_xml', parsed.code, parsed.detail);
  if (parsed.root.localName !== 'quiz') return failedResult('moodle_xml', 'XML_INVALID', 'thiếu thẻ <quiz>');
  const images = new ImageCollector();
  const read: Read[] = [];
  const problems: ImportProblem[] = [];
  let category: string | null = null;
  childElements(parsed.root, 'question').forEach((element, index) => {
    const type = (attr(element, 'type') ?? '').trim();
    if (type === 'category') {
      category = firstChild(firstChild(element, 'category'), 'text')?.textContent?.trim() ?? null;
      return;
    }
    const name = firstChild(firstChild(element, 'name'), 'text')?.textContent?.trim() || String(index + 1);
    const refused = unsupportedType(element, type);
    const found = refused === null ? readQuestion(element, type, name.normalize('NFC'), images) : null;
    if (!found) {
      problems.push(warning('UNSUPPORTED_QUESTION', name, refused ?? describeType(type)));
      return;
    }
    if (category && found.q.metadata.category === undefined) found.q.metadata.category = category;
    read.push(found);
  });
  const questions = regroup(read).map((q) => checkQuestion(q));
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'moodle_xml', questions, images: images.images, problems };
}

function readQuestion(element: Element, type: string, name: string, images: ImageCollector): Read | null {
  const q = emptyQuestion(name);
  const stem = readHtml(images, firstChild(element, 'questiontext'));
  const legacy = images.readLegacyImage(
    firstChild(element, 'image')?.textContent ?? undefined,
    firstChild(element, 'image_base64')?.textContent ?? undefined,
  );
  q.stem = [stem, legacy].filter(Boolean).join(' ');
  q.solution = readHtml(images, firstChild(element, 'generalfeedback')) || null;
  const points = Number(firstChild(element, 'defaultgrade')?.textContent ?? '1');
  if (Number.isFinite(points) && points > 0 && points !== 1) q.metadata.points = points;
  const { own } = readTags(element, q);
  const answers = readAnswers(element, images);
  let fromAnswers: OutcomeFeedback = {};
  switch (type) {
    case 'multichoice': {
      const single = firstChild(element, 'single')?.textContent?.trim() ?? 'true';
      readChoices(q, answers, !['false', '0', ''].includes(single));
      if (own.includes(TEST_RULE_TAG)) dropTestRuleCredits(q);
      break;
    }
    case 'truefalse':
      readTrueFalse(q, answers);
      break;
    case 'shortanswer':
    case 'numerical':
      fromAnswers = readShortAnswer(q, answers, type === 'numerical', readSpellings(own));
      if (type === 'shortanswer' && firstChild(element, 'usecase')?.textContent?.trim() === '1') {
        q.problems.push(warning('CASE_SENSITIVE', q.number));
      }
      break;
    case 'essay':
      q.type = 'essay';
      readEssay(element, q, images);
      break;
    case 'multianswer':
      if (!readCloze(q)) return null;
      break;
    default:
      return null;
  }
  readFeedback(element, q, images, fromAnswers);
  return { q, own };
}

/** Combined feedback (else what the answers gave) and hints, only when present. */
function readFeedback(
  element: Element,
  q: ImportedQuestion,
  images: ImageCollector,
  fromAnswers: OutcomeFeedback,
) {
  const feedback: OutcomeFeedback = { ...fromAnswers };
  const fields = [
    ['correct', 'correctfeedback'],
    ['partial', 'partiallycorrectfeedback'],
    ['incorrect', 'incorrectfeedback'],
  ] as const;
  for (const [key, tag] of fields) {
    const html = readHtml(images, firstChild(element, tag));
    if (html) feedback[key] = html;
  }
  if (Object.keys(feedback).length) q.feedback = feedback;
  const hints = childElements(element, 'hint')
    .map((hint) => readHtml(images, hint))
    .filter(Boolean);
  if (hints.length) q.hints = hints.slice(0, 10);
}

/** Moodle's grader information is our rubric; attachments cannot be handed in here. */
function readEssay(element: Element, q: ImportedQuestion, images: ImageCollector): void {
  const rubric = readHtml(images, firstChild(element, 'graderinfo'));
  if (rubric) q.rubric = rubric;
  const attachments = Number(firstChild(element, 'attachments')?.textContent ?? '0');
  if (attachments !== 0 && Number.isFinite(attachments))
    q.problems.push(warning('ESSAY_ATTACHMENTS', q.number));
}
