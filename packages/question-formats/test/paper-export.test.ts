import type { ImportedQuestion } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { exportPaper, parseQuestions } from '../src/index.js';
import { HEADER, IMAGES, ITEMS, PAPER_101 } from './paper-fixtures.js';
import { documentXml, paragraphs, tables, xmlParts } from './paper-package.js';

const printed = (items: ImportedQuestion[]): ImportedQuestion[] =>
  items.flatMap((q) => (q.type === 'group' ? q.children : [q]));

describe('exportPaper', () => {
  it('writes a valid package: header table, boxed version code, candidate line, footer with the code', async () => {
    const parts = await xmlParts(await exportPaper(PAPER_101, IMAGES));
    const document = parts.get('word/document.xml') ?? '';
    const [header] = tables(document);
    expect(header).toEqual([
      [
        'SỞ GDĐT QUẢNG BÌNH\nTRƯỜNG THPT ĐỒNG HỚI\n———————',
        'KIỂM TRA GIỮA KÌ I\nNĂM HỌC 2024 – 2025\nMôn: Toán – Lớp 10\nThời gian làm bài: 45 phút (không kể thời gian phát đề)',
      ],
    ]);
    const text = paragraphs(document);
    expect(text[0]).toBe(' Mã đề 101 ');
    expect(document).toMatch(/<w:bdr w:val="single"[^>]*\/><\/w:rPr><w:t xml:space="preserve"> Mã đề 101 /);
    expect(text[1]).toBe('Họ và tên: \tLớp: \tSố báo danh: \t');
    expect(text.at(-1)).toBe('------ HẾT ------');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(parts.get('word/footer1.xml')).toContain('Mã đề 101');
    expect(parts.get('word/footer1.xml')).toContain('w:instr=" NUMPAGES "');
    expect(parts.get('word/styles.xml')).toContain('w:ascii="Times New Roman"');
    expect(parts.get('word/styles.xml')).toContain('<w:sz w:val="26"/>');
  });

  it('gives the answers away nowhere: no underline, no (Đúng)/(Sai), no "Đáp án", no solution, no level', async () => {
    const document = await documentXml(await exportPaper(PAPER_101, IMAGES));
    expect(document).not.toContain('<w:u ');
    expect(document).not.toMatch(/\((Đúng|Sai|Đ|S)\)/u);
    expect(document).not.toContain('Đáp án');
    expect(document).not.toContain('Lời giải');
    expect(document).not.toContain('Chuyển vế');
    expect(document).not.toMatch(/\((NB|TH|VD)\)/);
    expect(document).not.toContain('4,5');
  });

  it('numbers "Câu 1." to the end across parts and heads only the parts present, with their ranges', async () => {
    const text = paragraphs(await documentXml(await exportPaper(PAPER_101, IMAGES)));
    const numbers = text.flatMap((p) => /^Câu (\d+)\./.exec(p)?.[1] ?? []).map(Number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(text.filter((p) => p.startsWith('PHẦN'))).toEqual([
      'PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn. Thí sinh trả lời từ câu 1 đến câu 5. Mỗi câu hỏi thí sinh chỉ chọn một phương án.',
      'PHẦN II. Câu trắc nghiệm đúng sai. Thí sinh trả lời câu 6. Trong mỗi ý a), b), c), d) ở mỗi câu, thí sinh chọn đúng hoặc sai.',
      'PHẦN III. Câu trắc nghiệm trả lời ngắn. Thí sinh trả lời câu 7.',
      'PHẦN IV. Tự luận. Thí sinh trình bày bài làm câu 8.',
    ]);
    expect(text).toContain('Đọc thông tin sau và trả lời câu 4 đến câu 5.');
  });

  it('heads a paper of multiple choice and essays as Phần I and Phần II. Tự luận', async () => {
    const items = [ITEMS[1] as ImportedQuestion, ITEMS[6] as ImportedQuestion];
    const text = paragraphs(await documentXml(await exportPaper({ ...PAPER_101, items }, [])));
    expect(text.filter((p) => p.startsWith('PHẦN')).map((p) => p.slice(0, 18))).toEqual([
      'PHẦN I. Câu trắc n',
      'PHẦN II. Tự luận. ',
    ]);
  });

  it('lays options 4, 2 or 1 to a line by length; pictures alone; statements a) to d) one each', async () => {
    const text = paragraphs(await documentXml(await exportPaper(PAPER_101, IMAGES)));
    const optionLines = text.filter((p) => /^[A-D]\. /.test(p));
    expect(optionLines.slice(0, 3)).toEqual([
      'A. \tB. \tC. \tD. 4',
      'A. Thành phố Hà Nội\tB. Thành phố Hồ Chí Minh',
      'C. Thành phố Đà Nẵng\tD. Thành phố Huế',
    ]);
    expect(optionLines.slice(3, 7).map((p) => p.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.']);
    // \left[ 0;+\infty \right) is 23 characters of LaTeX: two to a line.
    expect(optionLines.slice(7, 9)).toEqual(['A. \tB. ', 'C. \tD. ']);
    expect(optionLines.slice(9)).toEqual(['A. ', 'B. Hình 2', 'C. Hình 3', 'D. Hình 4']);
    expect(text.filter((p) => /^[a-d]\) /.test(p)).map((p) => p.slice(0, 2))).toEqual([
      'a)',
      'b)',
      'c)',
      'd)',
    ]);
  });

  it('writes equations as Office Math and pictures as embedded drawings', async () => {
    const parts = await xmlParts(await exportPaper(PAPER_101, IMAGES));
    const document = parts.get('word/document.xml') ?? '';
    expect(document.match(/<m:oMath>/g)?.length).toBeGreaterThan(10);
    expect(document).toContain('<m:f>');
    expect(document.match(/<w:drawing>/g)).toHaveLength(2);
    expect([...(parts.get('word/_rels/document.xml.rels') ?? '').matchAll(/Target="media\//g)]).toHaveLength(
      2,
    );
  });

  it('reads back with parseQuestions: the same stems and options in the same order, answers unknown', async () => {
    const result = await parseQuestions(await exportPaper(PAPER_101, IMAGES), 'de-101.docx');
    expect(result.problems).toEqual([]);
    expect(result.images.map((image) => image.id).sort()).toEqual(['do_thi.png', 'hinh-1.png']);
    const read = printed(result.questions);
    const sent = printed(ITEMS);
    expect(read.map((q) => q.number)).toEqual(sent.map((_, i) => `Câu ${i + 1}`));
    expect(read.map((q) => q.stem)).toEqual(sent.map((q) => q.stem));
    expect(read.map((q) => q.options.map((o) => [o.label, o.html]))).toEqual(
      sent.map((q) => q.options.map((o) => [o.label, o.html])),
    );
    expect(read.map((q) => q.statements.map((s) => s.html))).toEqual(
      sent.map((q) => q.statements.map((s) => s.html)),
    );
    expect(read.map((q) => q.type)).toEqual(sent.map((q) => q.type));
    expect(read.flatMap((q) => [...q.options, ...q.statements]).some((item) => item.correct)).toBe(false);
    // Every objective question is flagged as having no answer; the essay is not.
    expect(read.map((q) => q.problems.some((p) => p.code === 'NO_CORRECT_ANSWER'))).toEqual([
      ...Array(7).fill(true),
      false,
    ]);
    // The group's stem named the bank's numbers (1 to 2): printed with the paper's own.
    expect(result.questions[3]?.stem).toBe(ITEMS[3]?.stem.replace('câu 1 đến câu 2', 'câu 4 đến câu 5'));
  });

  it('prints an empty paper as header and HẾT', async () => {
    const text = paragraphs(
      await documentXml(await exportPaper({ header: HEADER, versionCode: '000', items: [] }, [])),
    );
    expect(text).toEqual([' Mã đề 000 ', 'Họ và tên: \tLớp: \tSố báo danh: \t', '------ HẾT ------']);
  });
});
