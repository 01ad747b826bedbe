import { ACCENTS, DELIMITERS, FUNCTIONS, NARY, SYMBOLS, VIETNAMESE_FUNCTIONS } from '../docx/omml-symbols.js';

/**
 * The reader's tables (docx/omml-symbols.ts) turned around, so what the reader writes as LaTeX
 * comes back as the same Word characters. When two characters share a command (≤ and ⩽), the
 * first one listed wins; a few common spellings the reader never writes are added.
 */
function reverse(table: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [char, latex] of Object.entries(table)) if (!map.has(latex)) map.set(latex, char);
  return map;
}

const COMMAND_CHARS = reverse(SYMBOLS);
const NARY_CHARS = new Map([...reverse(NARY)].map(([latex, char]) => [latex.slice(1), char]));
const ALIASES: Record<string, string> = {
  leq: '≤',
  geq: '≥',
  neq: '≠',
  lt: '<',
  gt: '>',
  rightarrow: '→',
  leftarrow: '←',
  implies: '⇒',
  iff: '⇔',
  dots: '…',
  degree: '°',
  prime: '′',
  lbrace: '{',
  rbrace: '}',
  vert: '|',
  Vert: '‖',
  lnot: '¬',
  land: '∧',
  lor: '∨',
  setminus: '∖',
  ell: 'ℓ',
  hbar: 'ℏ',
  varnothing: '∅',
  quad: '\u2003',
  qquad: '\u2003\u2003',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  // Written by the MathType reader (docx/mathtype/): arcs, reaction arrows, equilibria.
  frown: '⌢',
  smile: '⌣',
  longrightarrow: '⟶',
  longleftarrow: '⟵',
  longleftrightarrow: '⟷',
  Longrightarrow: '⟹',
  Longleftarrow: '⟸',
  Longleftrightarrow: '⟺',
  rightleftharpoons: '⇌',
  rightleftarrows: '⇄',
  ddots: '⋱',
  vdots: '⋮',
  measuredangle: '∡',
  propto: '∝',
};

/** `\alpha` -> α; null for commands that are not a single character. */
export function commandChar(name: string): string | null {
  const direct = COMMAND_CHARS.get(`\\${name}`);
  if (direct && !NARY_CHARS.has(name)) return direct;
  return ALIASES[name] ?? null;
}

/** `\%`, `\{`, `\,` ... */
export function symbolChar(char: string): string {
  const spacing: Record<string, string> = { ',': '\u2009', ';': '\u2005', ':': '\u2005', '!': '', ' ': ' ' };
  if (char in spacing) return spacing[char] as string;
  if (char === '|') return '‖';
  return char;
}

const MATHBB = new Map(
  [...COMMAND_CHARS].flatMap(([latex, char]) => {
    const letter = /^\\mathbb\{(\w)\}$/.exec(latex)?.[1];
    return letter ? [[letter, char] as const] : [];
  }),
);

/** `\mathbb{R}` -> ℝ when Word has the letter, else the plain letter. */
export function doubleStruck(letter: string): string {
  return MATHBB.get(letter) ?? letter;
}

/** `\sum` -> ∑ (an n-ary operator: takes limits and an operand). */
export function naryChar(name: string): string | null {
  return NARY_CHARS.get(name) ?? null;
}

/** Function names Word writes upright: `\sin`, `\operatorname{tg}`. */
export function isFunctionName(name: string): boolean {
  return FUNCTIONS.has(name) || name in VIETNAMESE_FUNCTIONS;
}

/** Functions whose limits go under them (`\lim_{x\to 0}`), written by the reader that way. */
export const LIMIT_FUNCTIONS = new Set(['lim', 'max', 'min', 'sup', 'inf']);

const DELIMITER_CHARS = reverse(DELIMITERS);

/** `(`, `\{`, `\langle`, `.` (none) -> the character Word stores in begChr/endChr. */
export function delimiterChar(latex: string): string {
  const char = DELIMITER_CHARS.get(latex);
  if (char !== undefined) return char;
  return commandChar(latex.replace(/^\\/, '')) ?? latex;
}

const ACCENT_CHARS = reverse(ACCENTS);
const WIDE_ACCENTS: Record<string, string> = {
  overrightarrow: '\u20d7',
  widehat: '\u0302',
  widetilde: '\u0303',
  bar: '\u0305',
};

/** `\vec` -> the combining arrow Word puts in `m:acc`. */
export function accentChar(name: string): string | null {
  return WIDE_ACCENTS[name] ?? ACCENT_CHARS.get(`\\${name}`) ?? null;
}

// biome-ignore format: a word list reads better packed
const LAYOUT_ONLY = new Set([
  'limits', 'nolimits', 'displaystyle', 'textstyle', 'scriptstyle', 'hline', 'nonumber', 'notag', 'middle',
  'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr', 'right', 'end',
]);

/** Commands that only size or space things (or a stray `\right`): Word needs nothing for them. */
export function isLayoutOnly(name: string): boolean {
  return LAYOUT_ONLY.has(name);
}
