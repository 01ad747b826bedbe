import { describe, expect, it } from 'vitest';
import { emfToSvg } from '../src/docx/mathtype/emf-svg.js';
import { mtefToLatex } from '../src/docx/mathtype/mtef-latex.js';
import { readMtef } from '../src/docx/mathtype/mtef-reader.js';
import { oleEquationLatex } from '../src/docx/mathtype/ole-equation.js';
import { wmfToSvg } from '../src/docx/mathtype/wmf-svg.js';
import { parseDocx } from '../src/docx/read-docx.js';
import { r, zip } from './docx-writer.js';
import {
  alignedPile,
  ch,
  chars,
  equationNative,
  equationObject,
  FN,
  fenceChars,
  line,
  type MtefNode,
  matrix,
  mtef,
  nullLine,
  oleObject,
  pile,
  text,
  tmpl,
} from './mathtype-writer.js';
import { previewEmf, previewWmf } from './wmf-writer.js';

const convert = (version: 3 | 5, root: MtefNode): string => {
  const tree = readMtef(mtef(version, root));
  if (!tree) return 'UNREADABLE';
  const { latex, unsupported } = mtefToLatex(tree);
  return unsupported.length ? `UNSUPPORTED ${unsupported.join()}` : latex;
};

/** Both MTEF versions (MathType 5+, Equation Editor 3.0) must give the same LaTeX. */
const both = (root: MtefNode): string[] => [convert(5, root), convert(3, root)];

const FRACTION = 11;
const ROOT = 10;
const SUB = 27;
const SUP = 28;
const SUBSUP = 29;

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

describe('hostile bytes', () => {
  it('never throws on mutated OLE files, WMF or EMF previews', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const mutate = (bytes: Buffer): Buffer => {
      const copy = Buffer.from(bytes);
      for (let i = 0; i < 8; i++) copy[random() % copy.length] = random() % 256;
      return copy;
    };
    const ole = equationObject(
      5,
      line(tmpl(FRACTION, 0, text('1'), line(chars('x'), tmpl(SUP, 0, nullLine, text('2'))))),
    );
    const wmf = previewWmf(600, 400, [{ x: 10, y: 300, text: 'abc' }], [0, 500, 200]);
    const emf = previewEmf(600, 400, [{ x: 10, y: 300, text: 'abc' }], [0, 500, 200]);
    const started = Date.now();
    for (let i = 0; i < 300; i++) {
      expect(() => oleEquationLatex(mutate(ole))).not.toThrow();
      expect(() => wmfToSvg(mutate(wmf))).not.toThrow();
      expect(() => emfToSvg(mutate(emf))).not.toThrow();
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('WMF preview to SVG', () => {
  it('draws texts (Symbol font as Unicode) and the fraction bar', () => {
    const svg = wmfToSvg(
      previewWmf(
        600,
        700,
        [
          { x: 100, y: 250, text: 'x', italic: true },
          { x: 300, y: 250, text: 'a', font: 'Symbol', charset: 2 },
        ],
        [80, 520, 330],
      ),
    );
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="40.00" height="46.67" viewBox="0 0 600 700">/,
    );
    expect(svg).toContain('font-style="italic"');
    expect(svg).toContain('>x</text>');
    expect(svg).toContain('>α</text>');
    expect(svg).toContain('<path d="M80 330L520 330"');
  });

  it('draws an EMF preview too: UTF-16 text, Symbol-font glyphs, lines and paths', () => {
    const svg = emfToSvg(
      previewEmf(
        600,
        480,
        [
          { x: 100, y: 250, text: 'y', italic: true },
          { x: 300, y: 250, text: '\uf070', font: 'Symbol', charset: 2 },
          { x: 100, y: 400, text: 'khi đó' },
        ],
        [80, 520, 330],
      ),
    );
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="37.80" height="30.24" viewBox="0 0 600 480">/,
    );
    expect(svg).toContain('>y</text>');
    expect(svg).toContain('>π</text>');
    expect(svg).toContain('x="100 220 340 460 580 700"');
    expect(svg).toContain('>khi đó</text>');
    expect(svg).toContain('<path d="M80 330L520 330" fill="none" stroke="#000000" stroke-width="20"/>');
    expect(svg).toContain('<path d="M10 10L30 10" fill="#ffffff" stroke="none"');
  });

  it('gives null for what is not a WMF or EMF', () => {
    expect(emfToSvg(Buffer.from('GIF89a'))).toBeNull();
    expect(wmfToSvg(Buffer.from('GIF89a'))).toBeNull();
    expect(wmfToSvg(Buffer.alloc(0))).toBeNull();
  });
});

// ---- Word files with MathType objects ----

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Equation {
  /** The oleObjectN.bin; null: the relationship points at a missing part. */
  ole: Buffer | null;
  progId?: string;
  preview?: Buffer;
}

async function paper(paragraphs: (string | Equation)[][]): Promise<Buffer> {
  const files: Record<string, Buffer | string> = {};
  const rels: string[] = [];
  let n = 0;
  const body = paragraphs.map((pieces) => {
    const runs = pieces.map((piece) => {
      if (typeof piece === 'string') return r(piece);
      n += 1;
      rels.push(
        `<Relationship Id="rIdOle${n}" Type="${REL}/oleObject" Target="embeddings/oleObject${n}.bin"/>`,
      );
      const preview = piece.preview ?? previewWmf(400, 300, [{ x: 20, y: 220, text: 'x' }]);
      const ext = preview.readUInt32LE(0) === 1 ? 'emf' : 'wmf';
      rels.push(`<Relationship Id="rIdImg${n}" Type="${REL}/image" Target="media/image${n}.${ext}"/>`);
      if (piece.ole) files[`word/embeddings/oleObject${n}.bin`] = piece.ole;
      files[`word/media/image${n}.${ext}`] = preview;
      return `<w:r><w:object w:dxaOrig="400" w:dyaOrig="300"><v:shape id="_x0000_i10${n}" type="#_x0000_t75" style="width:20pt;height:15pt" o:ole=""><v:imagedata r:id="rIdImg${n}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="${piece.progId ?? 'Equation.DSMT4'}" ShapeID="_x0000_i10${n}" DrawAspect="Content" ObjectID="_17${n}" r:id="rIdOle${n}"/></w:object></w:r>`;
    });
    return `<w:p>${runs.join('')}</w:p>`;
  });
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/><Default Extension="wmf" ContentType="image/x-wmf"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body.join('')}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ...files,
  });
}

const eq = (root: MtefNode, version: 3 | 5 = 5): Equation => ({
  ole: equationObject(version, root),
  progId: version === 3 ? 'Equation.3' : 'Equation.DSMT4',
});
const span = (latex: string) => `<span class="math" data-latex="${latex}"></span>`;

describe('Word papers with MathType equations', () => {
  it('turns DSMT4 and Equation.3 objects into math in stems and options', async () => {
    const result = await parseDocx(
      await paper([
        [
          'Câu 1. Rút gọn ',
          eq(line(tmpl(FRACTION, 0, text('x'), line(chars('x'), tmpl(SUP, 0, nullLine, text('2')))))),
          ' với ',
          eq(line(chars('x'), ch(0x2260, FN.symbol), chars('0')), 3),
        ],
        [
          'A. ',
          eq(line(tmpl(FRACTION, 0, text('1'), text('x')))),
          '\tB. ',
          eq(line(chars('x'))),
          '\tC. ',
          eq(line(ch(0x3b1, FN.lcGreek)), 3),
          '\tD. ',
          eq(line(tmpl(ROOT, 0, text('x'), nullLine))),
        ],
        ['Đáp án: A'],
      ]),
    );
    const [question] = result.questions;
    expect(question?.stem).toBe(`Rút gọn ${span('\\frac{x}{x^{2}}')} với ${span('x\\ne 0')}`);
    expect(question?.options.map((o) => o.html)).toEqual([
      span('\\frac{1}{x}'),
      span('x'),
      span('\\alpha'),
      span('\\sqrt{x}'),
    ]);
    expect(result.problems.filter((p) => p.code === 'MATHTYPE_AS_IMAGE')).toEqual([]);
    expect(result.images).toEqual([]); // the pictures of converted equations are not carried
    expect(question?.problems.filter((p) => p.code === 'MATHTYPE_AS_IMAGE')).toEqual([]);
  });

  it('keeps a corrupt or unconvertible equation as its preview, drawn as SVG, with a warning on the question', async () => {
    const corrupt = oleObject({
      'Equation Native': equationNative(Buffer.from([5, 1, 0, 7, 0, 0x44, 0, 0, 3, 0, 11])),
    });
    const preview = previewWmf(600, 400, [{ x: 40, y: 300, text: 'y' }]);
    const result = await parseDocx(
      await paper([
        ['Câu 1. Giải ', { ole: corrupt, preview }],
        ['Câu 2. Chia ', eq(line(tmpl(26, 0, text('12'), text('3'))))],
        ['Câu 3. Tính ', { ole: oleObject({ Other: Buffer.from('x') }) }],
        ['Câu 4. Xem ', { ole: null }],
        ['Câu 5. Vẽ ', { ole: corrupt, preview: previewEmf(300, 200, [{ x: 10, y: 150, text: 'z' }]) }],
      ]),
    );
    const [one, two, three, four, five] = result.questions;
    expect(one?.stem).toBe('Giải <img src="embedded:image1.svg" alt="">');
    const image = result.images.find((i) => i.id === 'image1.svg');
    expect(image?.contentType).toBe('image/svg+xml');
    expect(Buffer.from(image?.dataBase64 ?? '', 'base64').toString()).toContain('>y</text>');
    expect(one?.problems.find((p) => p.code === 'MATHTYPE_AS_IMAGE')).toMatchObject({
      severity: 'warning',
      location: 'Câu 1',
      message: expect.stringContaining('dữ liệu công thức hỏng'),
    });
    expect(two?.problems.find((p) => p.code === 'MATHTYPE_AS_IMAGE')?.message).toContain('phép chia dài');
    expect(three?.problems.find((p) => p.code === 'MATHTYPE_AS_IMAGE')?.message).toContain('Equation Native');
    expect(four?.stem).toBe('Xem <img src="embedded:image4.svg" alt="">');
    expect(four?.problems.find((p) => p.code === 'MATHTYPE_AS_IMAGE')?.message).toContain('thiếu tệp');
    expect(five?.stem).toBe('Vẽ <img src="embedded:image5.svg" alt="">');
    const emf = result.images.find((i) => i.id === 'image5.svg');
    expect(Buffer.from(emf?.dataBase64 ?? '', 'base64').toString()).toContain('>z</text>');
  });
});
