import type { ImportedQuestion, QuestionPart } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { levelFromLabel } from '../question.js';
import { childElements, firstChild } from '../xml.js';
import { cdata } from './moodle-fields.js';

/**
 * Moodle `<tags>`: ordinary tags become `metadata.tags`; `level:`, `part:` and `meta:key=value`
 * carry our level, part and string metadata; `hoclieu:...` tags are this package's own markers
 * (groups, number spellings, the test's multiple-select rule), read by the modules that write them.
 */
export interface MoodleTags {
  plain: string[];
  own: string[];
}

export function readTags(element: Element, q: ImportedQuestion): MoodleTags {
  const found: MoodleTags = { plain: [], own: [] };
  for (const tag of childElements(firstChild(element, 'tags') ?? element, 'tag')) {
    const text = (firstChild(tag, 'text')?.textContent ?? '').normalize('NFC').trim();
    const at = text.indexOf(':');
    const key = at < 0 ? '' : text.slice(0, at);
    const value = text.slice(at + 1);
    if (key === 'level' && levelFromLabel(value)) q.level = levelFromLabel(value);
    else if (key === 'part' && ['I', 'II', 'III'].includes(value)) q.part = value as QuestionPart;
    else if (key === 'meta' && value.includes('=')) {
      const eq = value.indexOf('=');
      q.metadata[value.slice(0, eq)] = value.slice(eq + 1);
    } else if (key === 'hoclieu') found.own.push(text);
    else if (text) found.plain.push(text);
  }
  if (found.plain.length) q.metadata.tags = found.plain;
  return found;
}

/** Our level, part, string metadata, `metadata.tags` and markers as Moodle tags. */
export function writeTags(q: ImportedQuestion, own: string[]): string {
  const list: string[] = [];
  if (q.level) list.push(`level:${q.level}`);
  if (q.part) list.push(`part:${q.part}`);
  for (const [key, value] of Object.entries(q.metadata)) {
    if (typeof value === 'string') list.push(`meta:${key}=${value}`);
  }
  const tags = q.metadata.tags;
  if (Array.isArray(tags)) list.push(...tags.filter((t): t is string => typeof t === 'string'));
  list.push(...own);
  if (!list.length) return '';
  return `<tags>${list.map((tag) => `<tag>${cdata(tag)}</tag>`).join('')}</tags>`;
}
