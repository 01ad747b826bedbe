import type { Element } from '@xmldom/xmldom';
import { descendants } from '../xml.js';
import { joinBlocks, qtiAttr, qtiName } from './qti-html.js';

/**
 * An essay's marking guide (hướng dẫn chấm) is QTI's rubric block for scorers:
 * `<qti-rubric-block view="scorer">` (3.0) / `<rubricBlock view="scorer">` (2.x) in the item body.
 * Rubric blocks for candidates or tutors stay out of it (the body sanitiser drops every rubric block
 * from the stem).
 */
export function readScorerRubric(root: Element, v3: boolean, sanitise: (element: Element) => string): string {
  const blocks = descendants(root, qtiName(v3, 'rubric-block')).filter((block) =>
    (qtiAttr(block, v3, 'view') ?? '').split(/\s+/).includes('scorer'),
  );
  return joinBlocks(blocks.map((block) => sanitise(contentBody(block))));
}

const contentBody = (block: Element): Element =>
  ([...block.childNodes].find((node) => (node as Element).localName === 'qti-content-body') as
    | Element
    | undefined) ?? block;

/** The rubric written for QTI 3.0 scorers, or '' when there is none. */
export function scorerRubricXml(
  rubric: string | undefined | null,
  html: (fragment: string) => string,
): string {
  return rubric
    ? `<qti-rubric-block use="scoring" view="scorer"><qti-content-body>${html(rubric)}</qti-content-body></qti-rubric-block>`
    : '';
}
