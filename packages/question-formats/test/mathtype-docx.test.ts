import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/docx/read-docx.js';
import { r, zip } from './docx-writer.js';
import {
  ch,
  chars,
  equationNative,
  equationObject,
  FN,
  FRACTION,
  line,
  type MtefNode,
  nullLine,
  oleObject,
  ROOT,
  SUP,
  text,
  tmpl,
} from './mathtype-writer.js';
import { previewEmf, previewWmf } from './wmf-writer.js';

/** Word files with MathType objects: OLE equations with their WMF or EMF previews. */
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
