import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { buildDocx, buildPptx, run } from './office-builders.js';
import { buildPdf } from './pdf-builder.js';

const TITLE = 'Phân số và số thập phân';

function textOf(result: Awaited<ReturnType<typeof extractText>>): string {
  if (!result.ok) throw new Error(`extraction failed: ${result.code}`);
  return result.text;
}

describe('extractText', () => {
  it('reads Vietnamese text from every page of a PDF', async () => {
    const result = await extractText('pdf', buildPdf([TITLE, 'Bài 2: Đổi phân số thành số thập phân']));
    expect(result).toMatchObject({ ok: true, truncated: false, pages: 2 });
    const text = textOf(result);
    expect(text).toContain(TITLE);
    expect(text).toContain('Bài 2: Đổi phân số thành số thập phân');
    expect(text.indexOf(TITLE)).toBeLessThan(text.indexOf('Bài 2'));
  });

  it('reads PDFs on a thread of its own: pdfjs and its polyfills never load in the caller', async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    expect(await extractText('pdf', buildPdf([TITLE]))).toMatchObject({ ok: true });
    // pdfjs' Node build replaces these built-ins (core-js) in whichever thread imports it.
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect('pdfjsLib' in globalThis).toBe(false);
    expect('__core-js_shared__' in globalThis).toBe(false);
  });

  it('stops reading a PDF once the character cap is reached', async () => {
    const pages = Array.from({ length: 30 }, (_, index) => `Trang ${index + 1}: ${TITLE}`);
    const result = await extractText('pdf', buildPdf(pages), { maxChars: 100 });
    expect(result).toMatchObject({ ok: true, truncated: true });
    const text = textOf(result);
    expect(text).toHaveLength(100);
    expect(text).not.toContain('Trang 30');
  });

  it('survives a broken PDF with an error result', async () => {
    const broken = Buffer.concat([buildPdf([TITLE]).subarray(0, 40), Buffer.from('garbage\n%%EOF')]);
    expect(await extractText('pdf', broken)).toMatchObject({ ok: false, code: 'EXTRACT_FAILED' });
    expect(await extractText('pdf', Buffer.from('not a pdf at all'))).toMatchObject({ ok: false });
  });

  it('reads a Word document with mammoth', async () => {
    const result = await extractText('docx', await buildDocx([TITLE, 'Ví dụ: 1/2 = 0,5']));
    expect(textOf(result)).toBe(`${TITLE}\n\nVí dụ: 1/2 = 0,5`);
  });

  it('reads PowerPoint slides in presentation order, decoding entities and normalising to NFC', async () => {
    const slides = [
      [run('Slide tạo sau')],
      // Two runs in one paragraph, the first spelt with character references; the next slide is NFD.
      [`<a:t>Ph&#xE2;n s&#7889; v&#224; </a:t></a:r><a:r>${run('số thập phân')}`],
      [run(`${TITLE.normalize('NFD')} &`)],
    ];
    const result = await extractText('pptx', await buildPptx(slides, [2, 3, 1]));
    expect(result).toMatchObject({ ok: true, pages: 3 });
    const text = textOf(result);
    expect(text).toBe(`${TITLE}\n\n${TITLE} &\n\nSlide tạo sau`);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('reads plain UTF-8 text up to the cap', async () => {
    expect(textOf(await extractText('text', Buffer.from(`${TITLE}\n`)))).toBe(TITLE);
    expect(await extractText('text', Buffer.from('a'.repeat(1000)), { maxChars: 10 })).toMatchObject({
      ok: true,
      truncated: true,
      text: 'a'.repeat(10),
    });
  });

  it('skips files over the size cap and categories without text', async () => {
    expect(await extractText('pdf', buildPdf([TITLE]), { maxInputBytes: 100 })).toMatchObject({
      ok: false,
      code: 'TOO_LARGE',
    });
    expect(await extractText('video', Buffer.alloc(10))).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
  });

  it('refuses a Word file that inflates beyond its cap instead of unzipping it in memory', async () => {
    const docx = await buildDocx([TITLE]);
    const bloated = await buildDocx(
      [TITLE],
      [{ name: 'word/media/zeros.bin', data: Buffer.alloc(2 * 1024 * 1024) }],
    );
    expect(await extractText('docx', bloated, { maxInflatedBytes: 1024 * 1024 })).toMatchObject({
      ok: false,
      code: 'TOO_LARGE',
    });
    expect(textOf(await extractText('docx', bloated))).toBe(TITLE);
    expect(await extractText('docx', Buffer.from('PK\u0003\u0004broken'))).toMatchObject({ ok: false });
    expect((await extractText('docx', docx)).ok).toBe(true);
  });
});
