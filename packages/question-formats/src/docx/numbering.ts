import type { Element } from '@xmldom/xmldom';
import { attr, childElements, firstChild } from '../xml.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** The list label Word draws before an auto-numbered paragraph ("Câu 3.", "B."), or null. */
  label(paragraph: Element): string | null;
}

export const NO_NUMBERING: Numbering = { label: () => null };

/**
 * Word's automatic numbering (`word/numbering.xml`): teachers often number questions and options
 * with lists, so the labels only exist as counters. Only the paragraph's own level is rendered.
 */
export function readNumbering(root: Element | undefined): Numbering {
  if (!root) return NO_NUMBERING;
  const abstracts = new Map<string, Map<string, Level>>();
  for (const abstract of childElements(root, 'abstractNum')) {
    const levels = new Map<string, Level>();
    for (const level of childElements(abstract, 'lvl')) {
      levels.set(attr(level, 'ilvl') ?? '0', {
        format: attr(firstChild(level, 'numFmt'), 'val') ?? 'decimal',
        text: attr(firstChild(level, 'lvlText'), 'val') ?? '%1.',
        start: Number(attr(firstChild(level, 'start'), 'val') ?? '1'),
      });
    }
    abstracts.set(attr(abstract, 'abstractNumId') ?? '', levels);
  }
  const numbers = new Map<string, string>();
  for (const num of childElements(root, 'num')) {
    numbers.set(attr(num, 'numId') ?? '', attr(firstChild(num, 'abstractNumId'), 'val') ?? '');
  }
  const counters = new Map<string, number>();
  return {
    label(paragraph) {
      const numPr = firstChild(firstChild(paragraph, 'pPr'), 'numPr');
      const numId = attr(firstChild(numPr, 'numId'), 'val');
      if (!numId || numId === '0') return null;
      const ilvl = attr(firstChild(numPr, 'ilvl'), 'val') ?? '0';
      const level = abstracts.get(numbers.get(numId) ?? '')?.get(ilvl);
      if (!level || level.format === 'bullet' || level.format === 'none') return null;
      const key = `${numId}:${ilvl}`;
      const value = counters.get(key) ?? level.start;
      counters.set(key, value + 1);
      // A new item at this level restarts the deeper levels (options restart under each question).
      for (const other of counters.keys()) {
        const [otherId, otherLevel] = other.split(':');
        if (otherId === numId && Number(otherLevel) > Number(ilvl)) counters.delete(other);
      }
      return level.text.replace(/%\d/g, formatNumber(value, level.format));
    },
  };
}

function formatNumber(value: number, format: string): string {
  if (format === 'upperLetter') return String.fromCharCode(64 + ((value - 1) % 26) + 1);
  if (format === 'lowerLetter') return String.fromCharCode(96 + ((value - 1) % 26) + 1);
  if (format === 'upperRoman' || format === 'lowerRoman') {
    const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][value] ?? String(value);
    return format === 'upperRoman' ? roman : roman.toLowerCase();
  }
  return String(value);
}
