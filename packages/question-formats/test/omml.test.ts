import { describe, expect, it } from 'vitest';
import { ommlToLatex } from '../src/docx/omml.js';
import { parseXml } from '../src/xml.js';
import { m } from './docx-writer.js';

const latex = (omml: string): string => {
  const parsed = parseXml(
    `<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">${omml}</m:oMath>`,
  );
  if (!parsed.ok) throw new Error('bad test XML');
  return ommlToLatex(parsed.root);
};

describe('ommlToLatex', () => {
  it.each([
    ['fraction', m.f(m.t('a+1'), m.t('b')), '\\frac{a+1}{b}'],
    ['square root', m.sqrt(m.t('x')), '\\sqrt{x}'],
    ['cube root', m.root(m.t('3'), m.t('8')), '\\sqrt[3]{8}'],
    ['superscript', m.sup(m.t('x'), m.t('2')), '{x}^{2}'],
    ['subscript', m.sub(m.t('u'), m.t('n')), '{u}_{n}'],
    ['sum', m.sum(m.t('k=1'), m.t('n'), m.t('k')), '\\sum_{k=1}^{n} k'],
    ['integral (default ∫)', m.int(m.t('0'), m.t('1'), m.t('x dx')), '\\int_{0}^{1} x dx'],
    ['brackets', m.d(m.t('a;b'), '[', ')'), '\\left[ a;b \\right)'],
    [
      'system of equations',
      m.d(m.eqArr(m.t('x=1'), m.t('y=2')), '{', ''),
      '\\left\\{ \\begin{array}{l} x=1 \\\\ y=2 \\end{array} \\right.',
    ],
    [
      'matrix',
      m.d(
        m.matrix([
          [m.t('1'), m.t('0')],
          [m.t('0'), m.t('1')],
        ]),
      ),
      '\\left( \\begin{matrix} 1 & 0 \\\\ 0 & 1 \\end{matrix} \\right)',
    ],
    ['function', m.func('sin', m.t('x')), '\\sin x'],
    [
      'limit',
      `<m:func><m:fName>${m.limLow(m.t('lim'), m.t('n→∞'))}</m:fName><m:e>${m.t('u')}</m:e></m:func>`,
      '\\lim_{n\\to \\infty} u',
    ],
    ['vector', m.acc('⃗', m.t('AB')), '\\overrightarrow{AB}'],
    ['hat angle', m.acc('̂', m.t('ABC')), '\\widehat{ABC}'],
    ['bar', m.bar(m.t('z')), '\\overline{z}'],
    ['Greek and operators', m.t('α≤β×π≠∞'), '\\alpha \\le \\beta \\times \\pi \\ne \\infty'],
  ])('%s', (_name, omml, expected) => {
    expect(latex(omml)).toBe(expected);
  });

  it('keeps the text of unknown elements', () => {
    expect(latex(`<m:newThing>${m.t('x')}</m:newThing>`)).toBe('x');
  });
});
