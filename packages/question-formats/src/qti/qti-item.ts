import type { ImportedQuestion, ImportProblem } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { problem, warning } from '../problems.js';
import { emptyQuestion } from '../question.js';
import { tooManyOptions } from '../text/option-limit.js';
import { checkQuestion } from '../validate.js';
import { attr, childElements, firstChild, parseXml } from '../xml.js';
import { inlineFeedback, readModalFeedback } from './qti-feedback.js';
import { imageSources, joinBlocks, qtiAttr, qtiName, type SanitiseContext, sanitise } from './qti-html.js';
import { allElements, classifyItem, isInteraction } from './qti-interactions.js';
import { applyMetadata, type ItemMetadata } from './qti-manifest.js';
import type { PackageImages } from './qti-resources.js';
import { readScorerRubric } from './qti-rubric.js';
import { applyOptionCredits, readDeclarations, readScoring } from './qti-scoring.js';
import { shortAnswerKey } from './qti-short-answer.js';

const LABELS = 'ABCDEFGH';
const STATEMENTS = 'abcd';
/** Our export keeps the stem in this div so it reads back exactly. */
export const STEM_CLASS = 'hoclieu-stem';
/** A text entry left in the stem: the student sees where the answer goes. */
const BLANK = '____';

export interface ItemSource {
  text: string;
  /** Images are read relative to `dir` in the package; null for a single file. */
  pkg: { dir: string; read: (path: string) => Promise<Buffer | null> } | null;
  where: string | null;
  metadata: ItemMetadata;
  index: number;
}

export interface ItemResult {
  question: ImportedQuestion | null;
  /** The href of the assessment stimulus (shared passage) the item refers to, as written. */
  stimulus?: string;
  problems: ImportProblem[];
  fatal?: { code: 'XML_INVALID' | 'XML_DOCTYPE' | 'NOT_A_QTI_ITEM'; detail?: string };
}

/** One QTI 2.x / 3.0 item to a question, or the reason it cannot be one. */
export async function readItem(source: ItemSource, images: PackageImages): Promise<ItemResult> {
  const parsed = parseXml(source.text);
  if (!parsed.ok)
    return { question: null, problems: [], fatal: { code: parsed.code, detail: parsed.detail } };
  const root = parsed.root;
  const v3 = root.localName === 'qti-assessment-item';
  if (!v3 && root.localName !== 'assessmentItem') {
    return { question: null, problems: [], fatal: { code: 'NOT_A_QTI_ITEM', detail: root.localName ?? '' } };
  }
  const name = (attr(root, 'title') || attr(root, 'identifier') || String(source.index)).normalize('NFC');
  const location = source.where ?? name;
  const n = (kebab: string) => qtiName(v3, kebab);
  const body = firstChild(root, n('item-body'));
  if (!body) return { question: null, problems: [warning('EMPTY_STEM', location)] };
  const problems: ImportProblem[] = [];

  // Images first (reading is asynchronous, sanitising is not).
  const imageIds = new Map<string, string | null>();
  for (const src of [
    ...imageSources(body),
    ...childElements(root, n('modal-feedback')).flatMap(imageSources),
  ]) {
    if (imageIds.has(src)) continue;
    const id = await images.read(source.pkg, src);
    imageIds.set(src, id);
    if (id === null) problems.push(warning('MISSING_IMAGE', location, src));
  }
  const context: SanitiseContext = {
    image: (src) => imageIds.get(src) ?? null,
    skip: isInteraction,
    replace: (e) => (e.localName === n('text-entry-interaction') ? BLANK : undefined),
  };
  const html = (element: Element) => sanitise(element, context);

  const classified = classifyItem(root, body, v3);
  if (!classified.ok)
    return {
      question: null,
      problems: [...problems, warning('UNSUPPORTED_QUESTION', location, classified.reason)],
    };
  const scoring = readScoring(root, v3);
  if (typeof scoring === 'object')
    return {
      question: null,
      problems: [...problems, warning('UNSUPPORTED_QUESTION', location, scoring.unsupported)],
    };
  const declarations = readDeclarations(root, v3);
  const declarationOf = (interaction: Element) =>
    declarations.get(qtiAttr(interaction, v3, 'response-identifier') ?? '');
  const { kind, interactions } = classified;

  const q = emptyQuestion(name);
  const prompt = (interaction: Element) => {
    const element = firstChild(interaction, n('prompt'));
    return element ? html(element) : '';
  };
  const stemDiv = allElements(body).find((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(STEM_CLASS));
  const bodyStem = html(stemDiv ?? body);
  if (kind === 'choice-interaction') {
    const trueFalse = interactions.length > 1 && interactions.every((i) => trueFalseChoices(i, n) !== null);
    if (trueFalse) {
      q.type = 'true_false_group';
      q.stem = bodyStem;
      // More than four statements is refused (a–d only), never cut silently.
      if (interactions.length > 4)
        problems.push(problem('STATEMENT_COUNT', location, 'error', `${interactions.length} ý`));
      q.statements = interactions.slice(0, 4).map((interaction, i) => {
        const choices = trueFalseChoices(interaction, n);
        const correct = declarationOf(interaction)?.correct ?? [];
        return {
          label: STATEMENTS[i] as never,
          html: prompt(interaction),
          correct: choices !== null && correct.includes(choices.trueId),
        };
      });
      if (interactions.some((i) => !(declarationOf(i)?.correct.length ?? 0)))
        problems.push(problem('NO_CORRECT_ANSWER', location));
    } else {
      if (interactions.length > 1)
        return {
          question: null,
          problems: [...problems, warning('UNSUPPORTED_QUESTION', location, 'nhiều tương tác')],
        };
      const interaction = interactions[0] as Element;
      const declaration = declarationOf(interaction);
      const maxChoices = Number(qtiAttr(interaction, v3, 'max-choices') ?? '1');
      const multiple = declaration ? declaration.cardinality !== 'single' : maxChoices !== 1;
      q.type = multiple ? 'multiple_select' : 'single_choice';
      q.stem = stemDiv ? bodyStem : joinBlocks([bodyStem, prompt(interaction)]);
      const choices = childElements(interaction, n('simple-choice'));
      if (choices.length > LABELS.length) {
        problems.push(tooManyOptions(choices.length, location));
      }
      const kept = choices.slice(0, LABELS.length);
      q.options = kept.map((choice, i) => {
        const feedback = inlineFeedback(choice, v3, html);
        return {
          label: LABELS[i] as never,
          html: html(choice),
          correct: false,
          ...(feedback ? { feedback } : {}),
        };
      });
      applyOptionCredits(
        q.options,
        kept.map((c) => attr(c, 'identifier') ?? ''),
        declaration,
        scoring,
      );
    }
  } else if (kind === 'text-entry-interaction') {
    q.type = 'short_answer';
    q.stem = bodyStem;
    q.answer = shortAnswerKey(root, v3, declarationOf(interactions[0] as Element), scoring);
  } else {
    q.type = 'essay';
    q.stem = stemDiv ? bodyStem : joinBlocks([bodyStem, ...interactions.map(prompt)]);
    const rubric = readScorerRubric(root, v3, html);
    if (rubric) q.rubric = rubric;
  }

  const { feedback, solution } = readModalFeedback(root, v3, html);
  q.solution = solution || null;
  if (feedback) q.feedback = feedback;
  applyMetadata(q, source.metadata);
  q.problems.push(...problems);
  checkQuestion(q, location);
  const stimulus = attr(firstChild(root, n('assessment-stimulus-ref')), 'href');
  return { question: q, problems: [], ...(stimulus ? { stimulus } : {}) };
}

/** The identifiers of a two-choice Đúng/Sai interaction, or null when it is not one. */
function trueFalseChoices(interaction: Element, n: (kebab: string) => string): { trueId: string } | null {
  const choices = childElements(interaction, n('simple-choice'));
  if (choices.length !== 2) return null;
  const text = choices.map((c) => (c.textContent ?? '').trim().normalize('NFC').toLowerCase());
  const isTrue = (t: string) => ['đúng', 'đ', 'true', 't', 'yes'].includes(t);
  const isFalse = (t: string) => ['sai', 's', 'false', 'f', 'no'].includes(t);
  const [a, b] = [text[0] ?? '', text[1] ?? ''];
  if (isTrue(a) && isFalse(b)) return { trueId: attr(choices[0], 'identifier') ?? '' };
  if (isFalse(a) && isTrue(b)) return { trueId: attr(choices[1], 'identifier') ?? '' };
  return null;
}
