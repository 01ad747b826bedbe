import type { ImportedQuestion, QuestionPart } from '@hoclieu/contracts';
import { emptyQuestion, levelFromLabel } from '../question.js';

/**
 * A group (shared stem) has no Moodle type: each child is written as its own question with the
 * shared stem in front, cut off by a comment, and tagged with the group's position and number (the first
 * child also carries the group's part, level and solution). Reading puts such runs back together.
 */
const CUT = '<!--hoclieu:group-->';
const TAG = 'hoclieu:group=';

/** A question ready for writing, with its own marker tags. */
export interface FlatQuestion {
  q: ImportedQuestion;
  own: string[];
}

export function flattenGroups(questions: ImportedQuestion[]): FlatQuestion[] {
  return questions.flatMap((q, at) => {
    if (q.type !== 'group') return [{ q, own: [] }];
    return q.children.map((child, i) => {
      const own = [`${TAG}${at + 1}:${q.number}`];
      let solution = child.solution;
      if (i === 0) {
        if (q.part) own.push(`hoclieu:group-part=${q.part}`);
        if (q.level) own.push(`hoclieu:group-level=${q.level}`);
        for (const [key, value] of Object.entries(q.metadata)) {
          if (typeof value === 'string') own.push(`hoclieu:group-meta=${key}=${value}`);
        }
        if (q.solution !== null) solution = `${q.solution}${CUT}${child.solution ?? ''}`;
      }
      return { q: { ...child, stem: `${q.stem}${CUT}${child.stem}`, solution }, own };
    });
  });
}

/** Runs of questions tagged with the same group number, as `group` questions again. */
export function regroup(questions: { q: ImportedQuestion; own: string[] }[]): ImportedQuestion[] {
  const out: ImportedQuestion[] = [];
  let current: ImportedQuestion | null = null;
  let currentKey = '';
  for (const { q, own } of questions) {
    const key = own.find((t) => t.startsWith(TAG))?.slice(TAG.length);
    if (key === undefined) {
      current = null;
      out.push(q);
      continue;
    }
    const [shared, stem] = split(q.stem);
    if (current === null || currentKey !== key) {
      const group = emptyQuestion(key.slice(key.indexOf(':') + 1), 'group');
      group.stem = shared;
      readGroupTags(group, own);
      const [solution, own2] = q.solution?.includes(CUT) ? split(q.solution) : [null, q.solution];
      group.solution = solution;
      q.solution = own2 || null;
      current = group;
      currentKey = key;
      out.push(group);
    }
    q.stem = stem;
    current.children.push(q);
  }
  return out;
}

function split(html: string): [string, string] {
  const at = html.indexOf(CUT);
  return at < 0 ? ['', html] : [html.slice(0, at), html.slice(at + CUT.length)];
}

function readGroupTags(group: ImportedQuestion, own: string[]): void {
  for (const tag of own) {
    const [key, ...rest] = tag.split('=');
    const value = rest.join('=');
    if (key === 'hoclieu:group-part' && ['I', 'II', 'III'].includes(value))
      group.part = value as QuestionPart;
    if (key === 'hoclieu:group-level') group.level = levelFromLabel(value);
    if (key === 'hoclieu:group-meta' && rest.length > 1)
      group.metadata[rest[0] ?? ''] = rest.slice(1).join('=');
  }
}
