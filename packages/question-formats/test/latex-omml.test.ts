import { describe, expect, it } from 'vitest';
import { ommlToLatex } from '../src/docx/omml.js';
import { latexToOmml } from '../src/docx-export/latex-omml.js';
import { parseXml } from '../src/xml.js';
import { m } from './docx-writer.js';

const NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';

/** OMML (the inside of an m:oMath) to LaTeX with the reader. */
const read = (omml: string): string => {
  const parsed = parseXml(`<m:oMath ${NS}>${omml}</m:oMath>`);
  if (!parsed.ok) throw new Error(`not well-formed: ${omml}`);
  return ommlToLatex(parsed.root);
};

/** Equations as Word stores them, built with the test writer's OMML helpers. */
const WORD_EQUATIONS: [string, string][] = [
  ['fraction', m.f(m.t('a+1'), m.t('b'))],
  ['square root', m.sqrt(m.t('x'))],
  ['cube root', m.root(m.t('3'), m.t('8'))],
  ['superscript', m.sup(m.t('x'), m.t('2'))],
  ['subscript', m.sub(m.t('u'), m.t('n'))],
  ['sum', m.sum(m.t('k=1'), m.t('n'), m.t('k'))],
  ['integral', m.int(m.t('0'), m.t('1'), m.t('x dx'))],
  ['brackets', m.d(m.t('a;b'), '[', ')')],
  ['system', m.d(m.eqArr(m.t('x=1'), m.t('y=2')), '{', '')],
  [
    'matrix',
    m.d(
      m.matrix([
        [m.t('1'), m.t('0')],
        [m.t('0'), m.t('1')],
      ]),
    ),
  ],
  ['function', m.func('sin', m.t('x'))],
  ['function of a power', m.func('cos', m.sup(m.t('x'), m.t('2')))],
  [
    'limit',
    `<m:func><m:fName>${m.limLow(m.t('lim'), m.t('x→0'))}</m:fName><m:e>${m.f(m.func('sin', m.t('x')), m.t('x'))}</m:e></m:func>`,
  ],
  ['vector', m.acc('⃗', m.t('AB'))],
  ['vector of one letter', m.acc('⃗', m.t('a'))],
  ['hat angle', m.acc('̂', m.t('ABC'))],
  ['bar', m.bar(m.t('z'))],
  ['Greek and operators', m.t('α≤β×π≠∞')],
  ['degrees', m.t('∠A=60°')],
  ['sets', m.t('x∈ℝ, A⊂B∪C')],
  ['nested', m.f(m.sup(m.d(m.t('−5')), m.t('2')), m.sqrt(m.sub(m.t('x'), m.t('1'))))],
  ['power of a root', m.sup(m.sqrt(m.t('2')), m.t('3'))],
  ['sum then text', `${m.sum(m.t('i=1'), m.t('n'), m.t('i'))}${m.t('=')}${m.f(m.t('n(n+1)'), m.t('2'))}`],
  ['absolute value', m.d(m.t('x−1'), '|', '|')],
  [
    'vectors in a sum',
    `${m.acc('⃗', m.t('AB'))}${m.t('+')}${m.acc('⃗', m.t('BC'))}${m.t('=')}${m.acc('⃗', m.t('AC'))}`,
  ],
  ['text run', `<m:r><m:rPr><m:nor/></m:rPr><m:t>Nếu</m:t></m:r>${m.t(' x>0')}`],
  ['tg', m.func('tg', m.t('x'))],
];

describe('latexToOmml', () => {
  it.each(WORD_EQUATIONS)('%s: OMML -> LaTeX -> OMML -> LaTeX is stable', (_name, omml) => {
    const latex = read(omml);
    expect(read(latexToOmml(latex))).toBe(latex);
  });

  it.each([
    ['\\frac{1}{2}', '\\frac{1}{2}'],
    ['x^2', '{x}^{2}'],
    ['x_i^2', '{x}_{i}^{2}'],
    ['\\vec{u}', '\\vec{u}'],
    ['\\vec{AB}', '\\overrightarrow{AB}'],
    ['\\sqrt[3]{x+1}', '\\sqrt[3]{x+1}'],
    ['\\left( x+1 \\right)', '\\left( x+1 \\right)'],
    [
      '\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}',
      '\\left( \\begin{matrix} 1 & 2 \\\\ 3 & 4 \\end{matrix} \\right)',
    ],
    [
      '\\begin{cases} x=1 \\\\ y=2 \\end{cases}',
      '\\left\\{ \\begin{array}{l} x=1 \\\\ y=2 \\end{array} \\right.',
    ],
    ['\\lim_{x \\to 0} f(x)', '\\lim_{x \\to 0} f(x)'],
    ['\\log_{2} 8=3', '{\\log}_{2} 8=3'],
    ['\\int_0^1 x\\,dx', '\\int_{0}^{1} x\\,dx'],
    ['{}_{2}^{4}{He}', '{}_{2}^{4}{He}'],
    ['{a}/{b}', '{a}/{b}'],
    ['\\overset{t}{\\rightarrow}', '\\overset{t}{\\to}'],
    ['\\underbrace{a+b}', '\\underbrace{a+b}'],
    ['\\boxed{x}', '\\boxed{x}'],
    ['\\mathbb{R}', '\\mathbb{R}'],
    ['\\text{km/h}', 'km/h'],
    ['a \\leq b \\neq c', 'a \\le b \\ne c'],
  ])('%s reads back as %s', (latex, expected) => {
    expect(read(latexToOmml(latex))).toBe(expected);
  });

  it('writes unknown commands as text and never throws on broken LaTeX', () => {
    expect(read(latexToOmml('\\foo{x}'))).toBe('\\backslash foox');
    const broken = [
      '',
      '\\',
      '{',
      '}}}',
      '\\frac{',
      '\\left(',
      '\\right)',
      '^^_',
      '\\begin{matrix} 1 &',
      '\\sqrt[',
      'a & b \\\\ c',
    ];
    for (const latex of broken) expect(() => read(latexToOmml(latex))).not.toThrow();
    const deep = `${'{'.repeat(50_000)}x${'}'.repeat(50_000)}`;
    expect(read(latexToOmml(deep))).toContain('x');
    expect(read(latexToOmml('{'.repeat(300)))).toContain('\\{');
  });

  it('escapes XML-special characters', () => {
    expect(read(latexToOmml('a<b \\& c>d'))).toBe('a<b \\& c>d');
  });
});
