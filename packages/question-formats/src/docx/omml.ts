import type { Element } from '@xmldom/xmldom';
import { attr, childElements, firstChild } from '../xml.js';
import { accent, delimiter, naryOperator, runToLatex } from './omml-symbols.js';

/**
 * Office Math (OMML, the `m:` namespace of Word equations) to LaTeX. Unknown elements keep their
 * content, so an unsupported construct degrades to its text instead of disappearing.
 */
export function ommlToLatex(math: Element): string {
  return tidy(children(math));
}

function tidy(latex: string): string {
  return latex
    .replace(/\s+/g, ' ')
    .replace(/ ([}^_)\]|,.=+\-<>])/g, '$1')
    .trim();
}

function children(element: Element | undefined): string {
  if (!element) return '';
  return childElements(element)
    .map((child) => convert(child))
    .join('');
}

/** An argument (`m:e`, `m:num`...) as a LaTeX group body. */
function arg(parent: Element, name: string): string {
  return tidy(children(firstChild(parent, name)));
}

function prop(parent: Element, propsName: string, name: string): string | null {
  return attr(firstChild(firstChild(parent, propsName), name), 'val');
}

function on(value: string | null): boolean {
  return value !== null && value !== '0' && value !== 'off' && value !== 'false';
}

const CONVERTERS: Record<string, (element: Element) => string> = {
  r: run,
  t: (element) => runToLatex(element.textContent ?? '', false),
  f: fraction,
  sSup: (e) => `{${arg(e, 'e')}}^{${arg(e, 'sup')}}`,
  sSub: (e) => `{${arg(e, 'e')}}_{${arg(e, 'sub')}}`,
  sSubSup: (e) => `{${arg(e, 'e')}}_{${arg(e, 'sub')}}^{${arg(e, 'sup')}}`,
  sPre: (e) => `{}_{${arg(e, 'sub')}}^{${arg(e, 'sup')}}{${arg(e, 'e')}}`,
  rad: radical,
  nary,
  d: delimited,
  m: matrix,
  func: (e) => `${arg(e, 'fName')} ${arg(e, 'e')} `,
  acc: (e) => accent(prop(e, 'accPr', 'chr') ?? '\u0302', arg(e, 'e')),
  bar: (e) => `${prop(e, 'barPr', 'pos') === 'top' ? '\\overline' : '\\underline'}{${arg(e, 'e')}}`,
  limLow: (e) => limit(e, 'lim', '_', '\\underset'),
  limUpp: (e) => limit(e, 'lim', '^', '\\overset'),
  groupChr: groupCharacter,
  eqArr: (e) =>
    `\\begin{array}{l} ${childElements(e, 'e')
      .map((row) => tidy(children(row)))
      .join(' \\\\ ')} \\end{array}`,
  borderBox: (e) => `\\boxed{${arg(e, 'e')}}`,
  oMath: (e) => children(e),
};

function convert(element: Element): string {
  const name = element.localName ?? '';
  if (name.endsWith('Pr')) return '';
  const converter = CONVERTERS[name];
  return converter ? converter(element) : children(element);
}

function run(element: Element): string {
  const props = firstChild(element, 'rPr');
  const plain =
    on(attr(firstChild(props, 'nor'), 'val') ?? (firstChild(props, 'nor') ? 'on' : null)) ||
    attr(firstChild(props, 'sty'), 'val') === 'p';
  const text = childElements(element)
    .filter((child) => child.localName === 't')
    .map((child) => child.textContent ?? '')
    .join('');
  return runToLatex(text, plain);
}

function fraction(element: Element): string {
  const type = prop(element, 'fPr', 'type');
  const num = arg(element, 'num');
  const den = arg(element, 'den');
  if (type === 'lin') return `{${num}}/{${den}}`;
  if (type === 'noBar') return `\\genfrac{}{}{0pt}{}{${num}}{${den}}`;
  return `\\frac{${num}}{${den}}`;
}

function radical(element: Element): string {
  const degree = arg(element, 'deg');
  const hidden = on(prop(element, 'radPr', 'degHide'));
  return !hidden && degree ? `\\sqrt[${degree}]{${arg(element, 'e')}}` : `\\sqrt{${arg(element, 'e')}}`;
}

function nary(element: Element): string {
  const operator = naryOperator(prop(element, 'naryPr', 'chr'));
  const sub = on(prop(element, 'naryPr', 'subHide')) ? '' : arg(element, 'sub');
  const sup = on(prop(element, 'naryPr', 'supHide')) ? '' : arg(element, 'sup');
  const limits = `${sub ? `_{${sub}}` : ''}${sup ? `^{${sup}}` : ''}`;
  return `${operator}${limits} ${arg(element, 'e')} `;
}

function delimited(element: Element): string {
  const begin = prop(element, 'dPr', 'begChr') ?? '(';
  const end = prop(element, 'dPr', 'endChr') ?? ')';
  const separator = prop(element, 'dPr', 'sepChr') ?? '|';
  const parts = childElements(element, 'e').map((part) => tidy(children(part)));
  const inner = parts.join(separator === '|' ? ' \\mid ' : runToLatex(separator, false));
  return `\\left${delimiter(begin)} ${inner} \\right${delimiter(end)}`;
}

function matrix(element: Element): string {
  const rows = childElements(element, 'mr').map((row) =>
    childElements(row, 'e')
      .map((cell) => tidy(children(cell)))
      .join(' & '),
  );
  return `\\begin{matrix} ${rows.join(' \\\\ ')} \\end{matrix}`;
}

function limit(element: Element, name: string, script: '_' | '^', stack: string): string {
  const base = arg(element, 'e');
  const lim = arg(element, name);
  // `lim`, `max`... take their limit as a subscript; anything else is stacked.
  if (/^\\(lim|max|min|sup|inf)$/.test(base)) return `${base}${script}{${lim}} `;
  return `${stack}{${lim}}{${base}}`;
}

function groupCharacter(element: Element): string {
  const char = prop(element, 'groupChrPr', 'chr') ?? '\u23df';
  const top = prop(element, 'groupChrPr', 'pos') === 'top';
  const base = arg(element, 'e');
  if (char === '\u23df') return `\\underbrace{${base}}`;
  if (char === '\u23de') return `\\overbrace{${base}}`;
  return top
    ? `\\overset{${runToLatex(char, false)}}{${base}}`
    : `\\underset{${runToLatex(char, false)}}{${base}}`;
}
