import type { ImportedQuestion } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { isAnswerHeading } from '../src/docx/key-text.js';
import { readTruths } from '../src/docx/key-values.js';
import { exportAnswerKey, parseDocx } from '../src/index.js';
import { docx, p, r, table } from './docx-writer.js';
import { KEY } from './paper-fixtures.js';
import { documentXml } from './paper-package.js';

/** A question's key as a paper writes it: "B", "ĐSĐS" for true/false statements, "0,5" for a short answer. */
const keyOf = (q: ImportedQuestion): string => {
  if (q.type === 'true_false_group') return q.statements.map((s) => (s.correct ? 'Đ' : 'S')).join('');
  if (q.type === 'short_answer') return q.answer?.accepted.join('; ') ?? '';
  return q.options
    .filter((o) => o.correct)
    .map((o) => o.label)
    .join('');
};
const codes = (q: ImportedQuestion): string[] => q.problems.map((x) => x.code);

/** Four options on one line, tab-separated, nothing marked. */
const options = (...texts: string[]): string => p(texts.map((t, i) => `${'ABCD'[i]}. ${t}`).join('\t'));
/** Four statements, one paragraph each. */
const statements = (...texts: string[]): string[] => texts.map((t, i) => p(`${'abcd'[i]}) ${t}`));

const PART_I = [
  p('PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn'),
  p('Câu 1. Nghiệm của phương trình 2x − 4 = 0 là'),
  options('x = 1', 'x = 2', 'x = −2', 'x = 4'),
  p('Câu 2. Đơn vị của cường độ dòng điện là'),
  options('vôn (V)', 'ôm (Ω)', 'oát (W)', 'ampe (A)'),
  p('Câu 3. Giá trị của sin 30° bằng'),
  options('1', '√3/2', '1/2', '0'),
  p('Câu 4. Một vật rơi tự do từ độ cao 20 m, lấy g = 10 m/s². Thời gian rơi là'),
  options('1 s', '2 s', '3 s', '4 s'),
  p('Câu 5. Đạo hàm của hàm số y = x² là'),
  options('2x', 'x', '2', 'x²/2'),
];

describe('parseDocx: answer keys written as text after a heading', () => {
  it('reads keys for all three parts, continuous numbering, keys on the part lines', async () => {
    const file = await docx([
      ...PART_I,
      p('PHẦN II. Câu trắc nghiệm đúng sai'),
      p('Câu 6. Cho hàm số f(x) = x² − 2x.'),
      ...statements('f(0) = 0.', 'Hàm số đồng biến trên ℝ.', 'f(2) = 0.', 'Giá trị nhỏ nhất bằng 1.'),
      p('Câu 7. Một ô tô chuyển động thẳng đều với tốc độ 54 km/h.'),
      ...statements('Tốc độ là 15 m/s.', 'Gia tốc khác 0.', 'Sau 2 s đi được 20 m.', 'Hợp lực bằng 0.'),
      p('Câu 8. Cho cấp số cộng có u₁ = 2, d = 3.'),
      ...statements('u₂ = 4.', 'u₃ = 7.', 'Dãy tăng.', 'S₂ = 7.'),
      p('PHẦN III. Câu trắc nghiệm trả lời ngắn'),
      p('Câu 9. Một vật có khối lượng 2 kg chịu lực 80 N. Gia tốc của vật (m/s²) là bao nhiêu?'),
      p('Câu 10. Tính giới hạn của dãy số uₙ = 20 + 1/n.'),
      p('Câu 11. Tính xác suất để gieo một đồng xu được mặt sấp.'),
      p('----- HẾT -----'),
      p(r('Đáp án và hướng dẫn chấm:', { b: true })),
      p('Phần I: 1-B 2.D 3C'),
      p('4B, 5A'),
      p('Phần II: Câu 6: a) Đ; b) S; c) Đ; d) S'),
      p('7) Đ-S-S-Đ'),
      p('Câu 8: a-S, b-Đ, c-Đ, d-S'),
      p('Phần III: Câu 9: 40; Câu 10: 20'),
      p('11. 0,5'),
    ]);
    const result = await parseDocx(file);
    expect(result.problems).toEqual([]);
    const keys = result.questions.map(keyOf);
    expect(keys).toEqual(['B', 'D', 'C', 'B', 'A', 'ĐSĐS', 'ĐSSĐ', 'SĐĐS', '40', '20', '0,5']);
    expect(result.questions.slice(0, 5).map((q) => q.options.length)).toEqual([4, 4, 4, 4, 4]);
    for (const q of result.questions) expect(codes(q)).toEqual([]);
  });

  it('matches keys by number then part when numbers restart, in lines and tables', async () => {
    const file = await docx([
      p('PHẦN I'),
      p('Câu 1. Chu kì của con lắc đơn phụ thuộc vào'),
      options('khối lượng quả nặng', 'chiều dài dây', 'biên độ', 'vật liệu dây'),
      p('Câu 2. Tập nghiệm của bất phương trình x > 3 là'),
      options('(3; +∞)', '[3; +∞)', '(−∞; 3)', 'ℝ'),
      p('PHẦN II'),
      p('Câu 1. Cho tam giác ABC vuông tại A.'),
      ...statements('BC là cạnh huyền.', 'Góc B bằng 90°.', 'AB² + AC² = BC².', 'AB > BC.'),
      p('Câu 2. Xét dao động điều hoà x = 4cos(πt) cm.'),
      ...statements('Biên độ 2 cm.', 'Chu kì 1 s.', 'Tần số góc π rad/s.', 'Pha ban đầu 0.'),
      p('PHẦN III'),
      p('Câu 1. Giải phương trình 2x + 3 = 0.'),
      p('Câu 2. Tính 1/4.'),
      p('HƯỚNG DẪN CHẤM'),
      p('PHẦN I. ĐÁP ÁN TRẮC NGHIỆM'),
      p('Câu 1: B; Câu 2: A'),
      p('PHẦN II'),
      table([
        ['Câu', '1', '2'],
        ['Đáp án', 'ĐSĐS', 'SSĐĐ'],
      ]),
      p('PHẦN III'),
      table([
        ['Câu', 'Đáp án'],
        ['1', '-1,5'],
        ['2', '0,25'],
      ]),
    ]);
    const result = await parseDocx(file);
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.part, keyOf(q)])).toEqual([
      ['I', 'B'],
      ['I', 'A'],
      ['II', 'ĐSĐS'],
      ['II', 'SSĐĐ'],
      ['III', '-1,5'],
      ['III', '0,25'],
    ]);
    for (const q of result.questions) expect(codes(q)).toEqual([]);
  });

  it("reads keys on the heading line and keeps to the paper's own mã đề", async () => {
    const inline = await parseDocx(await docx([...PART_I.slice(0, 5), p('ĐÁP ÁN: 1-B 2-D')]));
    expect(inline.questions.map(keyOf)).toEqual(['B', 'D']);
    expect(inline.problems).toEqual([]);
    const versions = (paperCode: string) =>
      docx([
        p(`Mã đề: ${paperCode}`),
        ...PART_I.slice(0, 3),
        p('HẾT'),
        p('BẢNG ĐÁP ÁN'),
        p('Mã đề 101'),
        p('1-A'),
        p('Mã đề 102'),
        p('1-C'),
      ]);
    const own = await parseDocx(await versions('102'));
    expect(own.questions.map(keyOf)).toEqual(['C']);
    expect(own.problems.map((x) => x.code)).toEqual(['KEY_VERSION']);
    const other = await parseDocx(await versions('103'));
    expect(other.questions.map(keyOf)).toEqual(['']);
    expect(other.questions[0]!.problems.map((x) => x.code)).toEqual(['NO_CORRECT_ANSWER']);
    expect(other.problems[0]!.message).toContain('103');
  });

  it('takes a numbered line of the key section as keys only when it is all keys', async () => {
    const result = await parseDocx(
      await docx([
        ...PART_I.slice(0, 5),
        p('PHẦN III'),
        p('Câu 1. Tính 3 + 4.'),
        p('Câu 2. Tính 2 · 5.'),
        p('HẾT'),
        p('ĐÁP ÁN'),
        p('PHẦN I'),
        p('Câu 1: B (0,25 điểm). Câu 2: D.'),
        p('PHẦN III'),
        p('Câu 1: 3 + 4 = 7'),
        p('HƯỚNG DẪN GIẢI'),
        p('PHẦN III'),
        p('Câu 2: 2 · 5 = 10'),
      ]),
    );
    const [q1, q2, s1, s2] = result.questions;
    expect([q1, q2].map((q) => keyOf(q!))).toEqual(['B', 'D']);
    // Solutions, not the keys "3" and "2".
    expect([s1, s2].map((q) => [q!.answer, q!.solution])).toEqual([
      [null, '3 + 4 = 7'],
      [null, '2 · 5 = 10'],
    ]);
  });

  it('reads key tables of number-answer pairs side by side', async () => {
    const result = await parseDocx(
      await docx([
        ...PART_I.slice(0, 9),
        p('PHẦN III'),
        p('Câu 1. Một lò xo giãn 2 cm dưới lực 1 N. Độ cứng (N/m) là bao nhiêu?'),
        p('Câu 2. Tính 5 · 8.'),
        p('BẢNG ĐÁP ÁN'),
        p('PHẦN I'),
        table([
          ['Câu', 'Đáp án', 'Câu', 'Đáp án'],
          ['1', 'B', '3', 'C'],
          ['2', 'D', '4', 'B'],
        ]),
        p('PHẦN III'),
        table([['1', '50', '2', '40']]),
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.questions.map(keyOf)).toEqual(['B', 'D', 'C', 'B', '50', '40']);
  });

  it('recognises the headings and the Đúng/Sai forms', () => {
    for (const heading of [
      'ĐÁP ÁN',
      'Đáp án:',
      'BẢNG ĐÁP ÁN',
      'bảng đáp án trắc nghiệm',
      'HƯỚNG DẪN CHẤM',
      'ĐÁP ÁN VÀ HƯỚNG DẪN CHẤM',
      'Đáp án – hướng dẫn chấm',
      'PHẦN ĐÁP ÁN',
      'PHẦN III. ĐÁP ÁN:',
    ])
      expect(isAnswerHeading(heading), heading).toBe(true);
    expect(isAnswerHeading('ĐÁP ÁN: 1-B 2-C 3-D')).toBe(true);
    for (const text of ['Đáp án nào sau đây đúng?', 'Hướng dẫn chấm bài về nhà cho học sinh', 'Đáp án: C'])
      expect(isAnswerHeading(text), text).toBe(false);
    expect(readTruths('ĐSĐS')).toEqual([true, false, true, false]);
    expect(readTruths('Đ-S-S-Đ')).toEqual([true, false, false, true]);
    expect(readTruths('Đúng, Sai, Sai, Đúng')).toEqual([true, false, false, true]);
    expect(readTruths('a) Đ; b) S; c) Đ; d) S')).toEqual([true, false, true, false]);
    expect(readTruths('a-S, b-Đ, c-Đ, d-S')).toEqual([false, true, true, false]);
    expect(readTruths('0,5')).toBeNull();
  });

  it('reads back the key of our own exportAnswerKey after the paper (one version, warned)', async () => {
    const keyBody = /<w:body>([\s\S]*?)(?:<w:sectPr[\s\S]*)?<\/w:body>/.exec(
      await documentXml(await exportAnswerKey(KEY)),
    )![1]!;
    const choices = Array.from({ length: 12 }, (_, i) => [
      p(`Câu ${i + 1}. Câu hỏi số ${i + 1} về vectơ trong mặt phẳng.`),
      options('một', 'hai', 'ba', 'bốn'),
    ]).flat();
    const file = await docx([
      p(r(' Mã đề 101 ', { b: true })),
      p('PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn.'),
      ...choices,
      p('PHẦN II. Câu trắc nghiệm đúng sai.'),
      p('Câu 13. Cho hàm số f(x) = x² − 2x.'),
      ...statements('f(0) = 0.', 'Hàm số đồng biến trên ℝ.', 'f(2) = 0.', 'Giá trị nhỏ nhất bằng 1.'),
      p('PHẦN III. Câu trắc nghiệm trả lời ngắn.'),
      p('Câu 14. Tính √16 + 0,5.'),
      p('PHẦN IV. Tự luận.'),
      p('Câu 15. Giải phương trình x + 1 = 3.'),
      p('----- HẾT -----'),
      keyBody,
    ]);
    const result = await parseDocx(file);
    expect(result.problems.map((x) => x.code)).toEqual(['KEY_VERSION']);
    expect(result.problems[0]!.message).toContain('101');
    expect(result.questions.map(keyOf)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => 'ABCD'.charAt(i % 4)),
      'ĐSĐS',
      '4,5',
      '',
    ]);
    const essay = result.questions[14]!;
    expect(essay.type).toBe('essay');
    expect(essay.solution).toContain('Chuyển vế: x = 2 (0,5 điểm).');
    for (const q of result.questions) expect(codes(q)).toEqual([]);
  });
});

describe('parseDocx: per-question key lines', () => {
  it('reads "Đáp án: C", "Chọn đáp án D", "Đáp án đúng là A", "→ Chọn C" and keys in solutions', async () => {
    const file = await docx([
      p('PHẦN I'),
      p('Câu 1. Điện trở tương đương của hai điện trở 2 Ω và 3 Ω mắc nối tiếp là'),
      options('1 Ω', '6 Ω', '5 Ω', '1,2 Ω'),
      p('Đáp án: C'),
      p('Câu 2. Hàm số y = x³ có bao nhiêu điểm cực trị?'),
      options('1', '2', '3', '0'),
      p('Chọn đáp án D'),
      p('Câu 3. Số đo góc nội tiếp chắn nửa đường tròn là'),
      options('90°', '60°', '180°', '45°'),
      p('Đáp án đúng là A'),
      p('Câu 4. Công thức tính động năng là'),
      options('mgh', 'mv²/2', 'mv', 'Fs'),
      p('Đáp án B.'),
      p('Câu 5. Cho hàm số y = x².'),
      p('Đáp án nào sau đây đúng?'),
      options('Hàm số nghịch biến trên ℝ', 'Đồ thị đi qua (1; 2)', 'Hàm số chẵn', 'y(2) = 2'),
      p(r('Lời giải', { b: true })),
      p('Vì f(−x) = f(x) với mọi x.'),
      p('→ Chọn C'),
      p('Câu 6. Vận tốc của vật ném thẳng đứng lên tại điểm cao nhất bằng'),
      options('0', 'g', 'v₀', '2v₀'),
      p('Lời giải: Tại điểm cao nhất vật dừng lại. Vậy chọn A.'),
      p('Câu 7. Giá trị của log₂ 8 là'),
      p('A. 2\t', r('B. 3', { u: true }), '\tC. 4\tD. 8'),
      p('Đáp án: C'),
      p('PHẦN II'),
      p('Câu 1. Cho hình lập phương ABCD.A′B′C′D′ cạnh a.'),
      ...statements('AC = a√2.', "AC' = a√2.", 'Thể tích là a³.', 'Có 8 mặt.'),
      p('Đáp án: a) Đ, b) S, c) Đ, d) S'),
      p('Câu 2. Một vật dao động điều hoà với biên độ 5 cm.'),
      ...statements('Quỹ đạo dài 5 cm.', 'Quỹ đạo dài 10 cm.', 'Biên độ luôn dương.', 'Li độ cực đại 10 cm.'),
      p('Đáp án: SĐĐS'),
      p('PHẦN III'),
      p('Câu 1. Tính 1 : 2.'),
      p('Đáp án: 0,5'),
      p('Câu 2. Một người đi 36 km trong 3 giờ. Tốc độ trung bình (km/h) là bao nhiêu?'),
      p('Đáp số: 12'),
    ]);
    const result = await parseDocx(file);
    expect(result.problems).toEqual([]);
    const keys = result.questions.map(keyOf);
    expect(keys).toEqual(['C', 'D', 'A', 'B', 'C', 'A', 'C', 'ĐSĐS', 'SĐĐS', '0,5', '12']);
    const [, , , , q5, q6, q7] = result.questions;
    expect(q5!.stem).toBe('<p>Cho hàm số y = x².</p><p>Đáp án nào sau đây đúng?</p>');
    expect(q5!.solution).toBe('<p>Vì f(−x) = f(x) với mọi x.</p><p>→ Chọn C</p>');
    expect(q6!.solution).toBe('Tại điểm cao nhất vật dừng lại. Vậy chọn A.');
    expect(codes(q7!)).toEqual(['ANSWER_CONFLICT']);
    for (const q of result.questions.filter((q) => q !== q7)) expect(codes(q)).toEqual([]);
    expect(result.questions.slice(0, 7).every((q) => q.options.length === 4)).toBe(true);
  });
});
