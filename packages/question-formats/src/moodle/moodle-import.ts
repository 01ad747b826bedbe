import type { ImportedQuestion, ImportProblem, ImportResult, QuestionPart } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { problem, warning } from '../problems.js';
import { emptyQuestion, failedResult, levelFromLabel } from '../question.js';
import { checkQuestion } from '../validate.js';
import { attr, childElements, firstChild, parseXml } from '../xml.js';
import { ImageCollector } from './moodle-fields.js';

const LABELS = 'ABCDEFGH';
const CLOZE_STATEMENT =
  /<p data-statement="([a-d])">\1\) (.*?) \{1:MULTICHOICE:(=Đúng~Sai|Đúng~=Sai)\}<\/p>/gs;

/** Moodle XML (`<quiz>`) to questions; DOCTYPE/ENTITY refused, unknown types reported. */
export function parseMoodleXml(text: string): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return failedResult('moodle_xml', parsed.code, parsed.detail);
  if (parsed.root.localName !== 'quiz') return failedResult('moodle_xml', 'XML_INVALID', 'thiếu thẻ <quiz>');
  const images = new ImageCollector();
  const questions: ImportedQuestion[] = [];
  const problems: ImportProblem[] = [];
  let category: string | null = null;
  childElements(parsed.root, 'question').forEach((element, index) => {
    const type = attr(element, 'type') ?? '';
    if (type === 'category') {
      category = firstChild(firstChild(element, 'category'), 'text')?.textContent?.trim() ?? null;
      return;
    }
    const name = firstChild(firstChild(element, 'name'), 'text')?.textContent?.trim() || String(index + 1);
    const q = readQuestion(element, type, name, images);
    if (!q) {
      problems.push(warning('UNSUPPORTED_QUESTION', name, type));
      return;
    }
    if (category) q.metadata.category = category;
    questions.push(checkQuestion(q));
  });
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'moodle_xml', questions, images: images.images, problems };
}

function readQuestion(
  element: Element,
  type: string,
  name: string,
  images: ImageCollector,
): ImportedQuestion | null {
  const q = emptyQuestion(name.normalize('NFC'));
  q.stem = images.read(firstChild(element, 'questiontext'));
  const feedback = images.read(firstChild(element, 'generalfeedback'));
  q.solution = feedback || null;
  readTags(element, q);
  const answers = childElements(element, 'answer').map((answer) => ({
    fraction: Number(attr(answer, 'fraction') ?? '0'),
    html: images.read(answer),
    tolerance: Number(firstChild(answer, 'tolerance')?.textContent ?? '0'),
  }));
  switch (type) {
    case 'multichoice': {
      const single = firstChild(element, 'single')?.textContent?.trim() !== 'false';
      q.type = single ? 'single_choice' : 'multiple_select';
      q.options = answers
        .slice(0, 8)
        .map((a, i) => ({ label: LABELS[i] as never, html: a.html, correct: a.fraction > 0 }));
      break;
    }
    case 'truefalse': {
      const isTrue = answers.find((a) => a.fraction > 0)?.html.toLowerCase() === 'true';
      q.type = 'single_choice';
      q.metadata.sourceType = 'truefalse';
      q.options = [
        { label: 'A', html: 'Đúng', correct: isTrue },
        { label: 'B', html: 'Sai', correct: !isTrue },
      ];
      break;
    }
    case 'shortanswer':
    case 'numerical': {
      const accepted = answers.filter((a) => a.fraction >= 100);
      q.type = 'short_answer';
      const tolerance = Math.max(0, ...accepted.map((a) => a.tolerance || 0));
      q.answer = { accepted: accepted.map((a) => a.html), tolerance: tolerance || null };
      break;
    }
    case 'essay':
      q.type = 'essay';
      break;
    case 'multianswer':
      return readCloze(q);
    default:
      return null;
  }
  return q;
}

/** Our own Cloze layout of a Đúng/Sai group; other Cloze questions are not supported. */
function readCloze(q: ImportedQuestion): ImportedQuestion | null {
  const statements = [...q.stem.matchAll(CLOZE_STATEMENT)];
  if (!statements.length) return null;
  q.type = 'true_false_group';
  q.stem = q.stem.slice(0, statements[0]?.index).trim();
  q.statements = statements.map((m) => ({
    label: m[1] as never,
    html: m[2] ?? '',
    correct: m[3] === '=Đúng~Sai',
  }));
  return q;
}

function readTags(element: Element, q: ImportedQuestion): void {
  for (const tag of childElements(firstChild(element, 'tags') ?? element, 'tag')) {
    const text = firstChild(tag, 'text')?.textContent?.trim() ?? '';
    const [key, ...rest] = text.split(':');
    const value = rest.join(':');
    if (key === 'level') q.level = levelFromLabel(value);
    else if (key === 'part' && ['I', 'II', 'III'].includes(value)) q.part = value as QuestionPart;
    else if (key === 'meta' && value.includes('=')) {
      const at = value.indexOf('=');
      q.metadata[value.slice(0, at)] = value.slice(at + 1);
    }
  }
}
