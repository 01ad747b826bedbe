import type { QuestionOption } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { attr, childElements, descendants, firstChild } from '../xml.js';
import { qtiAttr, qtiName } from './qti-html.js';

/** A response's `qti-mapping` / `mapping`: map keys to values, with a default and bounds. */
export interface ResponseMapping {
  entries: { key: string; value: number }[];
  defaultValue: number;
  lowerBound: number | null;
  upperBound: number | null;
}

export interface Declaration {
  cardinality: string;
  baseType: string;
  correct: string[];
  mapping: ResponseMapping | null;
  /** `areaMapping` (graphic answers): not something our questions can hold. */
  areaMapping: boolean;
  /** The item's declared best score: SCORE's `normal-maximum`, else MAXSCORE's default. */
  declaredMaximum: number | null;
}

/** How the item's response processing scores: the correct response, the mapping, or neither. */
export type Scoring = 'match' | 'map' | { unsupported: string };

const number = (text: string | null | undefined): number | null => {
  const value = Number((text ?? '').trim());
  return text && Number.isFinite(value) ? value : null;
};

export function readDeclarations(root: Element, v3: boolean): Map<string, Declaration> {
  const n = (kebab: string) => qtiName(v3, kebab);
  const declarations = new Map<string, Declaration>();
  const declaredMaximum = readDeclaredMaximum(root, v3);
  for (const element of childElements(root, n('response-declaration'))) {
    const correct = firstChild(element, n('correct-response'));
    const mapping = firstChild(element, n('mapping'));
    declarations.set(attr(element, 'identifier') ?? '', {
      cardinality: attr(element, 'cardinality') ?? 'single',
      baseType: qtiAttr(element, v3, 'base-type') ?? '',
      correct: correct
        ? childElements(correct, n('value')).map((v) => (v.textContent ?? '').trim().normalize('NFC'))
        : [],
      mapping: mapping
        ? {
            entries: childElements(mapping, n('map-entry')).map((entry) => ({
              key: (qtiAttr(entry, v3, 'map-key') ?? '').trim().normalize('NFC'),
              value: number(qtiAttr(entry, v3, 'mapped-value')) ?? 0,
            })),
            defaultValue: number(qtiAttr(mapping, v3, 'default-value')) ?? 0,
            lowerBound: number(qtiAttr(mapping, v3, 'lower-bound')),
            upperBound: number(qtiAttr(mapping, v3, 'upper-bound')),
          }
        : null,
      areaMapping: firstChild(element, n('area-mapping')) !== undefined,
      declaredMaximum,
    });
  }
  return declarations;
}

function readDeclaredMaximum(root: Element, v3: boolean): number | null {
  const n = (kebab: string) => qtiName(v3, kebab);
  const outcomes = childElements(root, n('outcome-declaration'));
  const score = outcomes.find((o) => attr(o, 'identifier') === 'SCORE');
  const normal = number(qtiAttr(score, v3, 'normal-maximum'));
  if (normal !== null && normal > 0) return normal;
  const max = outcomes.find((o) => attr(o, 'identifier') === 'MAXSCORE');
  const fallback = max ? firstChild(firstChild(max, n('default-value')), n('value')) : undefined;
  const value = number(fallback?.textContent);
  return value !== null && value > 0 ? value : null;
}

/**
 * The standard templates by name (QTI 2.x and 3.0 URIs end the same way); written-out processing
 * by what it uses (`mapResponse` is scoring by the mapping, `match`/`equal` by the correct
 * response). No processing at all is read as match-correct, as most tools mean it.
 */
export function readScoring(root: Element, v3: boolean): Scoring {
  const n = (kebab: string) => qtiName(v3, kebab);
  const processing = firstChild(root, n('response-processing'));
  if (!processing) return 'match';
  const template = `${attr(processing, 'template') ?? ''} ${qtiAttr(processing, v3, 'template-location') ?? ''}`;
  if (/map_response_point/i.test(template)) return { unsupported: 'chấm theo vùng (map_response_point)' };
  if (/map_response/i.test(template)) return 'map';
  if (/match_correct/i.test(template)) return 'match';
  if (descendants(processing, n('map-response-point')).length)
    return { unsupported: 'chấm theo vùng (mapResponsePoint)' };
  if (descendants(processing, n('map-response')).length) return 'map';
  return 'match';
}

/**
 * The score a credit of 1 stands for: the item's declared best score, else the best the mapping
 * can give (the best value, summed for sets, held under the upper bound).
 */
export function mappingMaximum(mapping: ResponseMapping, multiple: boolean, declared: number | null): number {
  if (declared !== null) return declared;
  const values = mapping.entries.map((entry) => entry.value);
  const best = multiple ? values.filter((v) => v > 0).reduce((a, b) => a + b, 0) : Math.max(0, ...values);
  return mapping.upperBound !== null && mapping.upperBound > 0 ? Math.min(mapping.upperBound, best) : best;
}

export const clamp = (value: number) => Math.round(Math.max(-1, Math.min(1, value)) * 1e6) / 1e6;

/**
 * Choices scored by the mapping: each option's credit is its mapped value divided by the best
 * score. A single choice leaves out a credit equal to what `correct` alone means; a multiple
 * select keeps every credit, since without any it would be scored by the test's own rule rather
 * than by the mapping's sum.
 */
export function applyOptionCredits(
  options: QuestionOption[],
  ids: string[],
  declaration: Declaration | undefined,
  scoring: Scoring,
): void {
  const mapping = declaration?.mapping;
  const correct = new Set(declaration?.correct ?? []);
  // Without a correct response the mapping is the only key there is, whatever the processing.
  if ((scoring !== 'map' && correct.size) || !mapping) {
    options.forEach((option, i) => {
      option.correct = correct.has(ids[i] ?? '');
    });
    return;
  }
  const multiple = declaration.cardinality !== 'single';
  const maximum = mappingMaximum(mapping, multiple, declaration.declaredMaximum);
  const credits = ids.map((id) => {
    const entry = mapping.entries.find((e) => e.key === id);
    return maximum > 0 ? clamp((entry ? entry.value : mapping.defaultValue) / maximum) : 0;
  });
  options.forEach((option, i) => {
    const credit = credits[i] ?? 0;
    option.correct = correct.size ? correct.has(ids[i] ?? '') : multiple ? credit > 0 : credit >= 1;
  });
  options.forEach((option, i) => {
    const credit = credits[i] ?? 0;
    if (multiple || credit !== (option.correct ? 1 : 0)) option.credit = credit;
  });
}
