/** Escaped GIFT characters travel as private-use characters until the text is rendered. */
const ESCAPES: Record<string, string> = {
  '~': '\ue001',
  '=': '\ue002',
  '#': '\ue003',
  '{': '\ue004',
  '}': '\ue005',
  ':': '\ue006',
  n: '\ue007',
  '\\': '\ue008',
};
const UNESCAPES: Record<string, string> = {
  '\ue001': '~',
  '\ue002': '=',
  '\ue003': '#',
  '\ue004': '{',
  '\ue005': '}',
  '\ue006': ':',
  '\ue007': '\n',
  '\ue008': '\\',
};

/** `\~ \= \# \{ \} \: \n \\` become placeholders, so the parser never mistakes them for syntax. */
export function protectEscapes(text: string): string {
  return text.replace(/\\([~=#{}:n\\])/g, (_m, char: string) => ESCAPES[char] ?? char);
}

export function restoreEscapes(text: string): string {
  return text.replace(/[\ue001-\ue008]/g, (char) => UNESCAPES[char] ?? char);
}
