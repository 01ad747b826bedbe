import { xmlText } from '../xml.js';

/**
 * Office Math elements as XML strings, in the shapes docx/omml.ts reads back. Arguments are
 * already-built OMML; every property Word needs to draw the element is written explicitly.
 */

/** How a run is drawn: italic math, upright (function names), or normal text (`\text{}`). */
export type RunStyle = 'math' | 'upright' | 'text';

const RUN_PROPS: Record<RunStyle, string> = {
  math: '',
  upright: '<m:rPr><m:sty m:val="p"/></m:rPr>',
  text: '<m:rPr><m:nor/></m:rPr>',
};

export function mathRun(text: string, style: RunStyle = 'math'): string {
  return `<m:r>${RUN_PROPS[style]}<m:t xml:space="preserve">${xmlText(text)}</m:t></m:r>`;
}

const val = (name: string, value: string): string => `<m:${name} m:val="${xmlText(value)}"/>`;
const wrap = (name: string, inner: string): string => `<m:${name}>${inner}</m:${name}>`;

export function fraction(num: string, den: string, type: 'bar' | 'lin' | 'noBar' = 'bar'): string {
  const props = type === 'bar' ? '' : wrap('fPr', val('type', type));
  return wrap('f', `${props}${wrap('num', num)}${wrap('den', den)}`);
}

export function radical(body: string, degree: string | null): string {
  const props = degree === null ? wrap('radPr', val('degHide', '1')) : '';
  return wrap('rad', `${props}${wrap('deg', degree ?? '')}${wrap('e', body)}`);
}

export function scripts(base: string, sub: string | null, sup: string | null): string {
  if (sub !== null && sup !== null)
    return wrap('sSubSup', `${wrap('e', base)}${wrap('sub', sub)}${wrap('sup', sup)}`);
  if (sub !== null) return wrap('sSub', `${wrap('e', base)}${wrap('sub', sub)}`);
  return wrap('sSup', `${wrap('e', base)}${wrap('sup', sup ?? '')}`);
}

/** `{}_{a}^{b}{X}`: scripts before the base. */
export function preScripts(sub: string, sup: string, base: string): string {
  return wrap('sPre', `${wrap('sub', sub)}${wrap('sup', sup)}${wrap('e', base)}`);
}

export function nary(char: string, sub: string | null, sup: string | null, body: string): string {
  const props = `${val('chr', char)}${sub === null ? val('subHide', '1') : ''}${sup === null ? val('supHide', '1') : ''}`;
  return wrap(
    'nary',
    `${wrap('naryPr', props)}${wrap('sub', sub ?? '')}${wrap('sup', sup ?? '')}${wrap('e', body)}`,
  );
}

/** `\left( a \mid b \right)`: one `m:e` per part, `|` the (default) separator. */
export function delimited(begin: string, end: string, parts: string[]): string {
  const props = wrap('dPr', `${val('begChr', begin)}${val('sepChr', '|')}${val('endChr', end)}`);
  return wrap('d', `${props}${parts.map((part) => wrap('e', part)).join('')}`);
}

export function matrix(rows: string[][]): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const props = wrap(
    'mPr',
    wrap('mcs', wrap('mc', wrap('mcPr', `${val('count', String(columns))}${val('mcJc', 'center')}`))),
  );
  const body = rows
    .map((row) => {
      const cells = [...row, ...Array<string>(columns - row.length).fill('')];
      return wrap('mr', cells.map((cell) => wrap('e', cell)).join(''));
    })
    .join('');
  return wrap('m', `${props}${body}`);
}

export function equationArray(rows: string[]): string {
  return wrap('eqArr', rows.map((row) => wrap('e', row)).join(''));
}

export function func(name: string, body: string): string {
  return wrap('func', `${wrap('fName', name)}${wrap('e', body)}`);
}

export function accent(char: string, body: string): string {
  return wrap('acc', `${wrap('accPr', val('chr', char))}${wrap('e', body)}`);
}

export function bar(position: 'top' | 'bot', body: string): string {
  return wrap('bar', `${wrap('barPr', val('pos', position))}${wrap('e', body)}`);
}

/** A limit under (`\lim_{x\to 0}`, `\underset`) or over (`\overset`) its base. */
export function limit(position: 'low' | 'upp', base: string, lim: string): string {
  const name = position === 'low' ? 'limLow' : 'limUpp';
  return wrap(name, `${wrap('e', base)}${wrap('lim', lim)}`);
}

/** `\underbrace` / `\overbrace`. */
export function groupCharacter(position: 'top' | 'bot', body: string): string {
  const char = position === 'top' ? '\u23de' : '\u23df';
  const props = `${val('chr', char)}${val('pos', position)}${val('vertJc', position === 'top' ? 'bot' : 'top')}`;
  return wrap('groupChr', `${wrap('groupChrPr', props)}${wrap('e', body)}`);
}

export function borderBox(body: string): string {
  return wrap('borderBox', wrap('e', body));
}

export function inlineMath(body: string): string {
  return wrap('oMath', body);
}

export function displayMath(body: string): string {
  return wrap('oMathPara', wrap('oMath', body));
}
