import { describe, expect, it } from 'vitest';
import { mtefToLatex } from '../src/docx/mathtype/mtef-latex.js';
import { readMtef } from '../src/docx/mathtype/mtef-reader.js';
import { oleEquationLatex } from '../src/docx/mathtype/ole-equation.js';
import {
  alignedPile,
  ch,
  chars,
  equationNative,
  equationObject,
  FN,
  FRACTION,
  fenceChars,
  line,
  type MtefNode,
  matrix,
  mtef,
  nullLine,
  oleObject,
  pile,
  ROOT,
  SUB,
  SUBSUP,
  SUP,
  text,
  tmpl,
} from './mathtype-writer.js';

const convert = (version: 3 | 5, root: MtefNode): string => {
  const tree = readMtef(mtef(version, root));
  if (!tree) return 'UNREADABLE';
  const { latex, unsupported } = mtefToLatex(tree);
  return unsupported.length ? `UNSUPPORTED ${unsupported.join()}` : latex;
};

/** Both MTEF versions (MathType 5+, Equation Editor 3.0) must give the same LaTeX. */
const both = (root: MtefNode): string[] => [convert(5, root), convert(3, root)];

describe('MTEF to LaTeX (MathType 5+ and Equation Editor 3.0)', () => {
  it.each<[string, MtefNode, string]>([
    ['fraction', line(tmpl(FRACTION, 0, text('a+1'), text('2b'))), '\\frac{a+1}{2b}'],
    ['square root', line(tmpl(ROOT, 0, text('x+1'), nullLine)), '\\sqrt{x+1}'],
    ['cube root', line(tmpl(ROOT, 1, text('8'), text('3'))), '\\sqrt[3]{8}'],
    ['square', line(chars('x'), tmpl(SUP, 0, nullLine, text('2')), chars('+1')), 'x^{2}+1'],
    ['index', line(chars('u'), tmpl(SUB, 0, text('n+1'), nullLine)), 'u_{n+1}'],
    ['sub and superscript', line(chars('x'), tmpl(SUBSUP, 0, text('1'), text('2'))), 'x_{1}^{2}'],
    [
      'Greek letters and relations',
      line(ch(0x3b1, FN.lcGreek), ch(0x2264, FN.symbol), ch(0x3c0, FN.lcGreek), ch(0x394, FN.ucGreek)),
      '\\alpha\\le\\pi\\Delta',
    ],
    [
      'sets and arrows',
      line(
        chars('x'),
        ch(0x2208, FN.symbol),
        ch(0x211d, FN.symbol),
        ch(0x21d2, FN.symbol),
        chars('y'),
        ch(0x2260, FN.symbol),
        chars('0'),
      ),
      'x\\in\\mathbb{R}\\Rightarrow y\\ne 0',
    ],
    [
      'system of equations (left brace around a pile)',
      line(tmpl(2, 1, line(pile(text('x+y=3'), text('x-y=1'))), ch(0x7b, FN.expand))),
      '\\begin{cases} x+y=3 \\\\ x-y=1 \\end{cases}',
    ],
    [
      'union of cases (left bracket around a pile)',
      line(tmpl(3, 1, line(pile(text('x=1'), text('x=2'))), ch(0x5b, FN.expand))),
      '\\left[\\begin{array}{l} x=1 \\\\ x=2 \\end{array}\\right.',
    ],
    [
      'matrix in parentheses',
      line(
        tmpl(1, 3, line(matrix(2, 2, text('1'), text('2'), text('3'), text('4'))), ...fenceChars('(', ')')),
      ),
      '\\left(\\begin{matrix} 1 & 2 \\\\ 3 & 4 \\end{matrix}\\right)',
    ],
    ['absolute value', line(tmpl(4, 3, text('x-1'), ...fenceChars('|', '|'))), '\\left|x-1\\right|'],
    ['interval', line(tmpl(9, 0, text('0;1'), ...fenceChars('[', ')'))), '\\left[0;1\\right)'],
    ['vector', line(tmpl(31, 2, text('AB'), ch(0x20d7, FN.expand))), '\\overrightarrow{AB}'],
    ['vector by embellishment', line(ch(0x61, FN.variable, [11])), '\\overrightarrow{a}'],
    [
      'prime and hat',
      line(ch(0x66, FN.variable, [5]), chars('+'), ch(0x79, FN.variable, [9])),
      "f'+\\hat{y}",
    ],
    [
      'integral with limits',
      line(tmpl(15, 0x31, line(chars('x'), text('dx')), text('0'), text('1'), ch(0x222b, FN.symbol))),
      '\\int_{0}^{1} xdx',
    ],
    [
      'sum with limits',
      line(
        tmpl(
          16,
          0x43,
          line(chars('k'), tmpl(SUP, 0, nullLine, text('2'))),
          text('k=1'),
          text('n'),
          ch(0x2211, FN.symbol),
        ),
      ),
      '\\sum_{k=1}^{n} k^{2}',
    ],
    [
      'limit',
      line(
        tmpl(
          23,
          1,
          line(chars('lim', FN.function)),
          line(chars('x'), ch(0x2192, FN.symbol), chars('0')),
          nullLine,
        ),
        chars('f'),
      ),
      '\\lim_{x\\to 0} f',
    ],
    [
      'function names',
      line(chars('sin', FN.function), chars('x+'), chars('tg', FN.function), chars('x')),
      '\\sin x+\\operatorname{tg} x',
    ],
    ['text', line(chars('x'), chars(' khi ', FN.text), chars('x')), 'x\\text{ khi }x'],
    [
      'Vietnamese words in a font chosen by hand',
      line(chars('x'), chars(' với ', -1), chars('x>0')),
      'x\\text{ với }x>0',
    ],
    [
      'derivation aligned at the relations',
      line(
        alignedPile(
          line(chars('x'), tmpl(SUP, 0, nullLine, text('2')), chars('-1=0')),
          line(ch(0x21d4, FN.symbol), chars('x=1')),
        ),
      ),
      '\\begin{aligned} x^{2}-1 &=0 \\\\ &\\Leftrightarrow x=1 \\end{aligned}',
    ],
    [
      'functions side by side',
      line(chars('sin', FN.function), chars('cos', FN.function), chars('x')),
      '\\sin\\cos x',
    ],
    ['degrees', line(chars('60'), ch(0xb0, FN.symbol)), '60^{\\circ}'],
    ['overline', line(tmpl(13, 0, text('AB'))), '\\overline{AB}'],
  ])('%s', (_name, root, expected) => {
    expect(both(root)).toEqual([expected, expected]);
  });

  it.each<[string, MtefNode, string]>([
    ['arc (MathType only)', line(tmpl(34, 0, text('AB'))), '\\overset{\\frown}{AB}'],
    ['hat over letters', line(tmpl(33, 0, text('ABC'))), '\\widehat{ABC}'],
    [
      'contour integral',
      line(tmpl(15, 0x05, text('f'), nullLine, nullLine, ch(0xee11, 11), ch(0x222b, FN.symbol))),
      '\\oint f',
    ],
    [
      'double integral',
      line(tmpl(15, 0x12, text('f'), text('D'), nullLine, ch(0x222b, FN.symbol), ch(0x222b, FN.symbol))),
      '\\iint_{D} f',
    ],
    [
      'reaction arrow with its condition',
      line(
        chars('A'),
        tmpl(14, 0x24, line(chars('t'), ch(0xb0, FN.symbol)), nullLine, ch(0x2192, FN.symbol)),
        chars('B'),
      ),
      'A\\overset{t^{\\circ}}{\\longrightarrow}B',
    ],
    [
      'equilibrium',
      line(tmpl(14, 0x02, nullLine, nullLine, ch(0x21c0, FN.symbol), ch(0x21bd, FN.symbol))),
      '\\rightleftharpoons',
    ],
    ['prescript', line(tmpl(29, 1, text('6'), text('12')), chars('C')), '{}_{6}^{12}C'],
    [
      'sum-style operator with the operand after it',
      line(tmpl(22, 0x50, nullLine, text('i=1'), nullLine, line(ch(0x2211, FN.symbol))), chars('x')),
      '\\sum_{i=1} x',
    ],
  ])('%s', (_name, root, expected) => {
    expect(convert(5, root)).toEqual(expected);
  });

  it('names what it cannot write: an unknown template, a private-use glyph', () => {
    expect(both(line(tmpl(26, 0, text('12'), text('3'))))[0]).toBe('UNSUPPORTED phép chia dài');
    expect(both(line(ch(0xeb05, FN.symbol)))[0]).toBe('UNSUPPORTED ký tự U+EB05');
  });

  it('never throws on bad bytes: truncated, unknown version, random, deep nesting', () => {
    const good = mtef(5, line(tmpl(FRACTION, 0, text('1'), text('2'))));
    for (let cut = 0; cut < good.length - 1; cut++) expect(readMtef(good.subarray(0, cut))).toBeNull();
    expect(readMtef(Buffer.from([9, 1, 2, 3]))).toBeNull();
    let seed = 7;
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(Array.from({ length: 64 }, () => (seed = (seed * 1103515245 + 12345) % 256)));
      bytes[0] = 5;
      expect(() => readMtef(bytes)).not.toThrow();
    }
    let deep: MtefNode = text('x');
    for (let i = 0; i < 200; i++) deep = line(tmpl(FRACTION, 0, deep, text('1')));
    expect(readMtef(mtef(5, deep))).toBeNull();
  });

  it('reads the Equation Native stream of an OLE object; a missing or corrupt stream is a reason', () => {
    expect(oleEquationLatex(equationObject(5, line(chars('x'), tmpl(SUP, 0, nullLine, text('2')))))).toEqual({
      ok: true,
      latex: 'x^{2}',
    });
    expect(oleEquationLatex(oleObject({ Other: Buffer.from('x') }))).toMatchObject({ ok: false });
    const corrupt = equationNative(Buffer.from([5, 1, 0, 7, 0, 0x44, 0, 0, 1, 0, 3, 0, 11]));
    expect(oleEquationLatex(oleObject({ 'Equation Native': corrupt }))).toMatchObject({ ok: false });
    expect(oleEquationLatex(Buffer.from('not an OLE file at all'))).toMatchObject({ ok: false });
  });
});
