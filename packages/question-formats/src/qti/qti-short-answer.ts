import type { CreditedAnswer, ShortAnswer } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { attr, childElements, descendants } from '../xml.js';
import { qtiName } from './qti-html.js';
import { clamp, type Declaration, mappingMaximum, type Scoring } from './qti-scoring.js';

/**
 * A text entry's key: the correct response and full-credit mapped answers are `accepted`, answers
 * mapped to part of the best score are `credited`; zero or negative mapped answers never accept.
 * Tolerances come from `equal` comparisons with the answer (or the correct response) they test.
 */
export function shortAnswerKey(
  root: Element,
  v3: boolean,
  declaration: Declaration | undefined,
  scoring: Scoring,
): ShortAnswer {
  const tolerances = readTolerances(root, v3, declaration?.correct ?? []);
  const accepted: string[] = [];
  const credited: CreditedAnswer[] = [];
  const accept = (text: string) => {
    if (text && !accepted.includes(text)) accepted.push(text);
  };
  const mapping = declaration?.mapping;
  const mapped = mapping && (scoring === 'map' || !declaration?.correct.length) ? mapping : null;
  for (const value of declaration?.correct ?? []) {
    if (!mapped?.entries.some((entry) => entry.key === value)) accept(value);
  }
  if (mapped) {
    const maximum = mappingMaximum(mapped, false, declaration?.declaredMaximum ?? null);
    for (const entry of mapped.entries) {
      const credit = maximum > 0 ? clamp(entry.value / maximum) : 0;
      if (credit >= 1) accept(entry.key);
      else if (credit > 0 && !credited.some((c) => c.text === entry.key))
        credited.push({ text: entry.key, credit, tolerance: tolerances.get(entry.key) ?? null });
    }
  }
  const own = accepted.map((text) => tolerances.get(text)).filter((t): t is number => t !== undefined);
  const tolerance = own.length ? Math.max(...own) : (tolerances.get('') ?? null);
  return { accepted, tolerance, ...(credited.length ? { credited } : {}) };
}

/**
 * Tolerance (absolute, the larger of the two bounds) per compared value: `equal` against a base
 * value gives that value's tolerance, against the correct response each correct value's; the key
 * '' holds the first tolerance found, for items that compare some other way.
 */
function readTolerances(root: Element, v3: boolean, correct: string[]): Map<string, number> {
  const n = (kebab: string) => qtiName(v3, kebab);
  const found = new Map<string, number>();
  for (const equal of descendants(root, n('equal'))) {
    const bounds = (attr(equal, 'tolerance') ?? '')
      .trim()
      .split(/\s+/)
      .map(Number)
      .filter((v) => Number.isFinite(v) && v >= 0);
    if (!bounds.length || !Math.max(...bounds)) continue;
    const tolerance = Math.max(...bounds);
    const compared = [
      ...childElements(equal, n('base-value')).map((v) => (v.textContent ?? '').trim()),
      ...(childElements(equal, n('correct')).length ? correct : []),
    ];
    for (const value of compared) if (!found.has(value)) found.set(value, tolerance);
    if (!found.has('')) found.set('', tolerance);
  }
  return found;
}
