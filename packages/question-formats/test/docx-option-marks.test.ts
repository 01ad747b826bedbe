import type { ImportedQuestion } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/index.js';
import { docx, p, r, table } from './docx-writer.js';

const correct = (q: ImportedQuestion): string =>
  q.options
    .filter((o) => o.correct)
    .map((o) => o.label)
    .join('');
const codes = (q: ImportedQuestion): string[] => q.problems.map((x) => x.code);
const bold = (text: string): string => r(text, { b: true });

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** A run with raw run properties (highlight, shading, theme colour, character style). */
const rx = (text: string, props: string): string =>
  `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A table whose cells are raw paragraph content; `shade` marks cells shaded in yellow. */
const grid = (rows: string[][], shade: string[] = []): string =>
  `<w:tbl>${rows
    .map(
      (row) =>
        `<w:tr>${row
          .map((cell) => {
            const tcPr = shade.includes(cell)
              ? '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:tcPr>'
              : '';
            return `<w:tc>${tcPr}${p(cell)}</w:tc>`;
          })
          .join('')}</w:tr>`,
    )
    .join('')}</w:tbl>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="character" w:styleId="DamNghieng"><w:name w:val="Đậm"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" w:styleId="DapAn"><w:name w:val="Đáp án"/><w:basedOn w:val="DamNghieng"/><w:rPr><w:color w:val="00B050"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>`;

describe('parseDocx: keys marked by bold, italic, highlight or colour', () => {
  it('takes the one emphasised option of a question, never one of several', async () => {
    const file = await docx(
      [
        p('Câu 1. Nghiệm của phương trình x² = 4 với x > 0 là'),
        p('A. x = 1\tB. x = −2\t', bold('C.'), ' x = 2\tD. x = 4'),
        p('Câu 2. Đơn vị của công suất là'),
        p('A. jun (J)\t', r('B. ', {}), r('oát (W)', { i: true }), '\tC. niutơn (N)\tD. mét (m)'),
        p('Câu 3. Số cạnh của hình lập phương là'),
        p('A. 6\tB. 8\tC. 10\t', rx('D. 12', '<w:highlight w:val="yellow"/>')),
        p('Câu 4. Gia tốc rơi tự do gần mặt đất xấp xỉ'),
        p(
          rx('A. 9,8 m/s²', '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
          '\tB. 98 m/s²\tC. 0,98 m/s²\tD. 1 m/s²',
        ),
        p('Câu 5. Giá trị của cos 0 bằng'),
        p('A. 0\t', r('B. 1', { color: '0070C0' }), '\tC. −1\tD. 1/2'),
        p('Câu 6. Số nghiệm của phương trình sin x = 2 là'),
        p('A. 1\tB. 2\t', rx('C. 0', '<w:color w:val="4472C4" w:themeColor="accent1"/>'), '\tD. vô số'),
        p('Câu 7. Mọi phương án in đậm nhãn: không có đáp án'),
        p(bold('A.'), ' 1\t', bold('B.'), ' 2\t', bold('C.'), ' 3\t', bold('D.'), ' 4'),
        p('Câu 8. Nhãn đều in đậm, chỉ một phương án đậm cả nội dung'),
        p(bold('A.'), ' 10 N\t', bold('B.'), ' 20 N\t', bold('C. 30 N'), '\t', bold('D.'), ' 40 N'),
        p('Câu 9. Kiểu ký tự của Word (w:rStyle) cũng được theo'),
        p('A. 2 Ω\t', rx('B. 4 Ω', '<w:rStyle w:val="DapAn"/>'), '\tC. 6 Ω\tD. 8 Ω'),
        p('Câu 10. Hai phương án đánh dấu khác nhau: không đoán'),
        p('A. 1\t', bold('B. 2'), '\t', r('C. 3', { i: true }), '\tD. 4'),
        p('Câu 11. Gạch chân vẫn được ưu tiên'),
        p(r('A. 5', { u: true }), '\tB. 6\t', bold('C. 7'), '\tD. 8'),
        p('Câu 12. Màu đen theo chủ đề không phải là đánh dấu'),
        p(rx('A. 1', '<w:color w:val="000000" w:themeColor="text1"/>'), '\tB. 2\tC. 3\tD. 4'),
        p('Câu 13. Một liên kết (kiểu Hyperlink: xanh, gạch chân) không phải là đánh dấu'),
        p(
          'A. sgk.vn\tB. hoclieu.vn\tC. ',
          `<w:hyperlink>${rx('moet.gov.vn', '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`,
          '\tD. edu.vn',
        ),
      ],
      { 'word/styles.xml': STYLES },
    );
    const result = await parseDocx(file);
    expect(result.problems).toEqual([]);
    const keys = result.questions.map(correct);
    expect(keys).toEqual(['C', 'B', 'D', 'A', 'B', 'C', '', 'C', 'B', '', 'A', '', '']);
    expect(result.questions.every((q) => q.options.length === 4)).toBe(true);
    const [q1, q2, , , , , q7, q8, , q10, q11, q12] = result.questions;
    // The emphasis that gave the key away is not shown to students.
    expect(q2!.options[1]!.html).toBe('oát (W)');
    expect(q8!.options[2]!.html).toBe('30 N');
    expect(q1!.options[2]!.html).toBe('x = 2');
    expect(codes(q7!)).toEqual(['NO_CORRECT_ANSWER']);
    expect(codes(q10!)).toEqual(['EMPHASIS_AMBIGUOUS', 'NO_CORRECT_ANSWER']);
    expect(codes(q11!)).toEqual([]);
    expect(codes(q12!)).toEqual(['NO_CORRECT_ANSWER']);
    expect(codes(result.questions[12]!)).toEqual(['NO_CORRECT_ANSWER']);
  });
});

describe('parseDocx: options laid out in a table or separated by tabs', () => {
  it('reads 2×2, 1×4, 4×1 and label-cell tables with the marks inside them', async () => {
    const file = await docx([
      p('Câu 1. Một xe đi 12 m trong 3 s. Tốc độ trung bình là'),
      table([
        ['A. 2 m/s', 'B. 3 m/s'],
        [r('C. 4 m/s', { u: true }), 'D. 6 m/s'],
      ]),
      p('Câu 2. Tập xác định của hàm số y = 1/x là'),
      table([['A. ℝ', 'B. (0; +∞)', 'C. [0; +∞)', bold('D. ℝ \\ {0}')]]),
      p('Câu 3. Hằng số hấp dẫn có đơn vị là'),
      table([['A. N'], [r('B. N·m²/kg²', { color: 'FF0000' })], ['C. kg'], ['D. m/s²']]),
      p('Câu 4. Diện tích hình tròn bán kính 2 là'),
      grid(
        [
          ['A.', '2π'],
          ['B.', '8π'],
          ['C.', '4π'],
          ['D.', 'π'],
        ],
        ['4π'],
      ),
      p('Câu 5. Bước sóng của ánh sáng đỏ cỡ'),
      table([
        ['A', '700 nm', 'B', '7 mm'],
        ['C', '7 m', '*D', '7 km'],
      ]),
      p('Câu 6. Số nghiệm nguyên của bất phương trình x² < 4 là'),
      p('A. 1\tB. 2\t', rx('C.', '<w:highlight w:val="green"/>'), ' 3\tD. 5'),
      p('Câu 7. Cho bảng giá trị'),
      table([
        ['x', '1', '2'],
        ['y', '3', '5'],
      ]),
      p('A. y = 2x + 1\tB. y = x + 2\tC. y = 3x\tD. y = x'),
      p('Đáp án: A'),
      p('PHẦN II'),
      p('Câu 1. Cho tam giác đều ABC cạnh 2.'),
      table([
        ['a) Chu vi bằng 6.'],
        ['b) Diện tích bằng 2.'],
        ['c) Các góc bằng 60°.'],
        ['d) Đường cao bằng 2.'],
      ]),
      p('Đáp án: ĐSĐS'),
    ]);
    const result = await parseDocx(file);
    expect(result.problems).toEqual([]);
    const [q1, q2, q3, q4, q5, q6, q7, tf] = result.questions;
    expect([q1, q2, q3, q4, q5, q6, q7].map((q) => correct(q!))).toEqual(['C', 'D', 'B', 'C', 'D', 'C', 'A']);
    for (const q of [q1, q2, q3, q4, q5, q6, q7]) {
      expect(q!.options.map((o) => o.label)).toEqual(['A', 'B', 'C', 'D']);
      expect(codes(q!)).toEqual([]);
    }
    expect(q1!.options.map((o) => o.html)).toEqual(['2 m/s', '3 m/s', '4 m/s', '6 m/s']);
    expect(q1!.stem).toBe('Một xe đi 12 m trong 3 s. Tốc độ trung bình là');
    expect(q4!.options.map((o) => o.html)).toEqual(['2π', '8π', '4π', 'π']);
    expect(q5!.options.map((o) => o.html)).toEqual(['700 nm', '7 mm', '7 m', '7 km']);
    expect(q7!.stem).toContain('<table>');
    expect(tf!.statements.map((s) => [s.label, s.correct])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
      ['d', false],
    ]);
    expect(codes(tf!)).toEqual([]);
  });
});
