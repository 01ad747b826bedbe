import type { ImportedQuestion, ImportProblem } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { warning } from '../../problems.js';
import { attr, descendants } from '../../xml.js';
import type { Segment } from '../segments.js';
import type { MathTypeObjects } from './equation-objects.js';

/**
 * A `w:object` holding a converted equation becomes a math segment (like Office Math); false
 * when it is not one, so the caller keeps the object's picture.
 */
export function readEquationObject(
  object: Element,
  latexOf: ((relationshipId: string) => string | null) | undefined,
  out: Segment[],
): boolean {
  const id = attr(descendants(object, 'OLEObject')[0], 'id');
  const latex = id && latexOf ? latexOf(id) : null;
  if (!latex) return false;
  out.push({ kind: 'math', latex, display: false });
  return true;
}

/**
 * A warning on each question showing an equation kept as its picture, naming what could not be
 * converted; equations with no picture at all are reported on the file.
 */
export function mathTypeWarnings(
  questions: ImportedQuestion[],
  objects: MathTypeObjects,
  imageIds: Map<string, string | null>,
): ImportProblem[] {
  const reasons = new Map<string, string>();
  for (const [relationshipId, reason] of objects.pictures) {
    const imageId = imageIds.get(relationshipId);
    if (imageId) reasons.set(`embedded:${imageId}"`, reason);
  }
  if (reasons.size) for (const question of questions) warnQuestion(question, reasons);
  return objects.lost.map((reason) => warning('MATHTYPE_AS_IMAGE', null, reason));
}

function warnQuestion(question: ImportedQuestion, reasons: Map<string, string>): void {
  const { children, problems, ...content } = question;
  const html = JSON.stringify(content).replace(/\\"/g, '"');
  const found = [...reasons].filter(([needle]) => html.includes(needle)).map(([, reason]) => reason);
  if (found.length)
    problems.push(warning('MATHTYPE_AS_IMAGE', question.number, [...new Set(found)].join('; ')));
  for (const child of children) warnQuestion(child, reasons);
}
