import { foldDiacritics } from '@hoclieu/domain';

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Splits text into parts, marking the words the search matched: `words` are folded ("hinh", "hoc"),
 * as the API returns them, so "Hình học" is marked for them; a word of three letters or more also
 * marks the words it begins (search as you type: "phuon" marks "Phương").
 */
export function highlightParts(text: string, words: string[]): TextPart[] {
  if (words.length === 0) return [{ text, marked: false }];
  const wanted = new Set(words);
  const prefixes = words.filter((word) => word.length >= 3);
  const isMatch = (token: string) => {
    const folded = foldDiacritics(token);
    return wanted.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix));
  };
  const parts: TextPart[] = [];
  for (const token of text.split(/([\p{L}\p{N}]+)/u)) {
    if (token === '') continue;
    const marked = /[\p{L}\p{N}]/u.test(token) && isMatch(token);
    const last = parts.at(-1);
    if (last && last.marked === marked && !marked) last.text += token;
    else parts.push({ text: token, marked });
  }
  return parts;
}
