import type { Element } from '@xmldom/xmldom';
import { textToHtml } from '../html.js';
import { attr, childElements, firstChild } from '../xml.js';
import type { ImageCollector } from './moodle-fields.js';
import { fractionOf } from './moodle-grades.js';
import { texToMath } from './moodle-math.js';

/** One `<answer>` as written: its fraction (a percentage), HTML, plain text, tolerance, feedback. */
export interface MoodleAnswer {
  percent: number;
  html: string;
  text: string;
  tolerance: number;
  feedback: string;
}

/**
 * A rich text field (`<text>` + `<file>`s) as our HTML: images collected, TeX as math markers.
 * `plain_text` is escaped, and it and `moodle_auto_format` without tags keep their line breaks.
 */
export function readHtml(images: ImageCollector, field: Element | undefined): string {
  const text = images.read(field);
  const format = attr(field, 'format');
  if (format === 'plain_text') return texToMath(textToHtml(text));
  if (format === 'moodle_auto_format' && !/<[a-z/!]/i.test(text))
    return texToMath(text.replace(/\r?\n/g, '<br>'));
  return texToMath(text);
}

export function readAnswers(element: Element, images: ImageCollector): MoodleAnswer[] {
  return childElements(element, 'answer').map((answer) => ({
    percent: fractionOf(attr(answer, 'fraction')),
    html: readHtml(images, answer),
    text: (firstChild(answer, 'text')?.textContent ?? '').normalize('NFC').trim(),
    tolerance: Math.min(Math.abs(Number(firstChild(answer, 'tolerance')?.textContent ?? '0')) || 0, 1e9),
    feedback: readHtml(images, firstChild(answer, 'feedback')),
  }));
}
