import { describe, expect, it } from 'vitest';
import { emfToSvg } from '../src/docx/mathtype/emf-svg.js';
import { oleEquationLatex } from '../src/docx/mathtype/ole-equation.js';
import { wmfToSvg } from '../src/docx/mathtype/wmf-svg.js';
import { expectContainsAll } from './expect-text.js';
import { chars, equationObject, FRACTION, line, nullLine, SUP, text, tmpl } from './mathtype-writer.js';
import { type FractionBar, previewEmf, previewWmf } from './wmf-writer.js';

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

/** The opening tag of a preview's SVG: its size in pixels and its view box. */
const svgTag = (width: string, height: string, viewBox: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}">`;
/** A fraction bar from x 80 to 520 at y 330. */
const BAR: FractionBar = [80, 520, 330];

describe('WMF preview to SVG', () => {
  it('draws texts (Symbol font as Unicode) and the fraction bar', () => {
    const texts = [
      { x: 100, y: 250, text: 'x', italic: true },
      { x: 300, y: 250, text: 'a', font: 'Symbol', charset: 2 },
    ];
    expectContainsAll(wmfToSvg(previewWmf(600, 700, texts, BAR)), [
      svgTag('40.00', '46.67', '0 0 600 700'),
      'font-style="italic"',
      '>x</text>',
      '>α</text>',
      '<path d="M80 330L520 330"',
    ]);
  });

  it('draws an EMF preview too: UTF-16 text, Symbol-font glyphs, lines and paths', () => {
    const texts = [
      { x: 100, y: 250, text: 'y', italic: true },
      { x: 300, y: 250, text: '\uf070', font: 'Symbol', charset: 2 },
      { x: 100, y: 400, text: 'khi đó' },
    ];
    expectContainsAll(emfToSvg(previewEmf(600, 480, texts, BAR)), [
      svgTag('37.80', '30.24', '0 0 600 480'),
      '>y</text>',
      '>π</text>',
      'x="100 220 340 460 580 700"',
      '>khi đó</text>',
      '<path d="M80 330L520 330" fill="none" stroke="#000000" stroke-width="20"/>',
      '<path d="M10 10L30 10" fill="#ffffff" stroke="none"',
    ]);
  });

  it('gives null for what is not a WMF or EMF', () => {
    expect(emfToSvg(Buffer.from('GIF89a'))).toBeNull();
    expect(wmfToSvg(Buffer.from('GIF89a'))).toBeNull();
    expect(wmfToSvg(Buffer.alloc(0))).toBeNull();
  });
});
