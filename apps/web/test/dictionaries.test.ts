import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { vi } from '../src/i18n/vi';
import { textsEn } from '../src/quiz-app/texts-en';

type Tree = { [key: string]: unknown };

/** Every leaf of a dictionary as "a.b.c" -> its value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value as Tree, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

/** The interpolation variables of a message: "{{count}} câu" -> ["count"]. */
const variables = (text: unknown) =>
  typeof text === 'string' ? [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort() : [];

/**
 * English messages that keep Vietnamese on purpose: a language's own name, and literals a user must
 * find as written (sheet names of the import workbook, the Word template's "Câu 1.", a printed
 * header, an official document's title).
 */
const KEPT_VIETNAMESE = new Set([
  'language.vi',
  'questionImport.formats.docx',
  'examBuilder.authorityPlaceholder',
  'orgImport.intro',
  'kpiTargets.decisionHint',
]);

/** Letters English never uses: ă â đ ê ô ơ ư and the tone marks. */
const VIETNAMESE_ONLY = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('dictionaries', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('have the same keys in Vietnamese and English', () => {
    expect([...enLeaves.keys()].filter((key) => !viLeaves.has(key))).toEqual([]);
    expect([...viLeaves.keys()].filter((key) => !enLeaves.has(key))).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const differing = [...viLeaves].filter(([key, text]) => {
      return variables(text).join() !== variables(enLeaves.get(key)).join();
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('leave no Vietnamese in the English messages, quiz page included', () => {
    // The quiz page's messages with arguments are written out with sample ones.
    const quiz = [...leaves(textsEn as unknown as Tree)].map(([key, text]): [string, unknown] => [
      `quiz-app.${key}`,
      typeof text === 'function' ? text(2, 3) : text,
    ]);
    const english = [...enLeaves, ...quiz].filter(([key]) => !KEPT_VIETNAMESE.has(key));
    const leftovers = english.filter(([, text]) => typeof text === 'string' && VIETNAMESE_ONLY.test(text));
    expect(leftovers.map(([key]) => key)).toEqual([]);
  });
});
