import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/index.js';
import { documentXml, p, zip } from './docx-writer.js';

const codes = (result: { problems: { code: string }[] }) => result.problems.map((x) => x.code);

describe('parseDocx: bad input comes back as problems, never as an exception', () => {
  it('refuses bytes that are not a zip, and a zip without word/document.xml', async () => {
    expect(codes(await parseDocx(Buffer.from('Câu 1. Không phải docx')))).toEqual(['NOT_A_DOCX']);
    expect(codes(await parseDocx(await zip({ 'a.txt': 'x' })))).toEqual(['NOT_A_DOCX']);
    const truncated = (await zip({ 'word/document.xml': documentXml([p('Câu 1')]) })).subarray(0, 40);
    expect(codes(await parseDocx(truncated))).toEqual(['NOT_A_DOCX']);
  });

  it('refuses a file over the size limit and a zip bomb', async () => {
    const file = await zip({ 'word/document.xml': documentXml([p('Câu 1. x')]) });
    const small = { maxFileBytes: 100, maxPartBytes: 1e6, zip: {} };
    expect(codes(await parseDocx(file, small))).toEqual(['FILE_TOO_LARGE']);
    const bomb = await zip({
      'word/document.xml': documentXml([p('Câu 1')]),
      'word/media/zeros.bin': Buffer.alloc(4e6),
    });
    const limits = { maxFileBytes: 1e7, maxPartBytes: 1e7, zip: { ratioCheckMinBytes: 1e6 } };
    const result = await parseDocx(bomb, limits);
    expect(codes(result)).toEqual(['UNSAFE_ZIP']);
    expect(result.problems[0]!.message).toContain('bom nén');
  });

  it('refuses entries with path traversal', async () => {
    // yazl refuses to write "../", so the name is patched in place (same length, both headers).
    const safe = await zip({ 'word/document.xml': documentXml([p('Câu 1')]), 'zz/evil.txt': 'x' });
    const file = Buffer.from(safe.toString('latin1').replaceAll('zz/evil.txt', '../evil.txt'), 'latin1');
    expect(codes(await parseDocx(file))).toEqual(['UNSAFE_ZIP']);
  });

  it('refuses DOCTYPE / ENTITY declarations and broken XML', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(codes(await parseDocx(await zip({ 'word/document.xml': xxe })))).toEqual(['XML_DOCTYPE']);
    expect(codes(await parseDocx(await zip({ 'word/document.xml': '<w:document><w:body>' })))).toEqual([
      'XML_INVALID',
    ]);
  });

  it('reports a document without questions, and text it cannot place', async () => {
    const empty = await parseDocx(await zip({ 'word/document.xml': documentXml([p('Chỉ có tiêu đề')]) }));
    expect(codes(empty)).toEqual(['NO_QUESTIONS']);
    expect(importResultSchema.parse(empty).format).toBe('docx');
    const stray = await parseDocx(
      await zip({
        'word/document.xml': documentXml([p('Câu 1. x'), p('A. 1\t*B. 2'), p('HẾT'), p('Ghi chú lạ')]),
      }),
    );
    expect(stray.problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_STRUCTURE', severity: 'warning', location: 'đoạn 4' }),
    ]);
  });
});
