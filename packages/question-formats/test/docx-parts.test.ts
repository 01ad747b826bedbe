import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/index.js';
import { statements } from '../testing/index.js';
import { docx, image, m, PNG, p, r, table } from './docx-writer.js';

describe('parseDocx: 2025 paper parts', () => {
  it('reads Đúng/Sai statements marked in the text and short answers with "Đáp án:"', async () => {
    const file = await docx([
      p(r('PHẦN II.', { b: true }), ' Câu trắc nghiệm đúng sai'),
      p('Câu 1. Cho hàm số bậc hai.'),
      p(r('a)', { u: true }), ' Đồ thị là parabol.'),
      p('b) Hàm số đồng biến trên ℝ.'),
      p(r('c) Đỉnh nằm trên trục tung.', { color: 'FF0000' })),
      p('d) Không có giá trị nhỏ nhất.'),
      p(r('Phần III.', { b: true }), ' Câu trả lời ngắn'),
      p('Câu 1. Tính 1/2.'),
      p('Đáp án: 0,5'),
      p('Câu 2. Một số bất kì.'),
      p('Đáp án: một nửa'),
    ]);
    const result = await parseDocx(file);
    const [tf, short, notNumber] = result.questions;
    expect(tf).toMatchObject({
      number: 'Câu 1',
      part: 'II',
      type: 'true_false_group',
      stem: 'Cho hàm số bậc hai.',
    });
    expect(tf!.statements).toEqual(
      statements(
        'ĐSĐS',
        'Đồ thị là parabol.',
        'Hàm số đồng biến trên ℝ.',
        'Đỉnh nằm trên trục tung.',
        'Không có giá trị nhỏ nhất.',
      ),
    );
    expect(tf!.problems).toEqual([]);
    expect(short).toMatchObject({
      part: 'III',
      type: 'short_answer',
      answer: { accepted: ['0,5'], tolerance: null },
    });
    expect(short!.problems).toEqual([]);
    expect(notNumber!.problems.map((x) => x.code)).toEqual(['NOT_NUMERIC']);
  });

  it('reads Đ/S and short answers from the answer tables, numbers restarting per part', async () => {
    const file = await docx([
      p('PHẦN I'),
      p('Câu 1. Chọn'),
      p('A. a\tB. b\tC. c\tD. d'),
      p('PHẦN II'),
      p('Câu 1. Xét các mệnh đề'),
      p('a) một\tb) hai'),
      p('c) ba'),
      p('d) bốn'),
      p('Câu 2. Không có đáp án'),
      p('a) một'),
      p('b) hai'),
      p('c) ba'),
      p('d) bốn'),
      p('PHẦN III'),
      p('Câu 1. Tính'),
      p('HẾT'),
      p('BẢNG ĐÁP ÁN'),
      p('1-C'),
      table([
        ['Câu', 'a', 'b', 'c', 'd'],
        ['1', 'Đ', 'S', 'S', 'Đ'],
      ]),
      p('Câu 1: 2,75'),
    ]);
    const result = await parseDocx(file);
    const [choice, tf, missing, short] = result.questions;
    expect(choice!.options.find((o) => o.correct)?.label).toBe('C');
    expect(tf!.statements.map((s) => s.correct)).toEqual([true, false, false, true]);
    expect(missing!.problems.map((x) => x.code)).toEqual(['NO_CORRECT_ANSWER']);
    expect(short!.answer).toEqual({ accepted: ['2,75'], tolerance: null });
    expect(result.problems).toEqual([]);
  });

  it('reads "1: a) Đ b) S c) Đ d) S" answer lines', async () => {
    const result = await parseDocx(
      await docx([
        p('Câu 1. X'),
        p('a) 1'),
        p('b) 2'),
        p('c) 3'),
        p('d) 4'),
        p('ĐÁP ÁN'),
        p('1: a) Đ b) S c) Đ d) S'),
      ]),
    );
    expect(result.questions[0]!.statements.map((s) => s.correct)).toEqual([true, false, true, false]);
  });

  it('attaches "Lời giải" to its question and reads a solutions section after HẾT', async () => {
    const file = await docx([
      p('Câu 1. Một cộng một bằng'),
      p('A. 1\t', r('B. 2', { u: true })),
      p(r('Lời giải', { b: true })),
      p('Ta có 1 + 1 = 2.'),
      p('Chọn B'),
      p('Câu 2. Hai cộng hai'),
      p('A. 4\tB. 5'),
      p('HẾT'),
      p('HƯỚNG DẪN GIẢI'),
      p('Câu 2. Vì 2 + 2 = 4. Chọn A'),
      p('Câu 7. Không có câu này.'),
    ]);
    const result = await parseDocx(file);
    const [q1, q2] = result.questions;
    expect(q1!.solution).toBe('<p>Ta có 1 + 1 = 2.</p><p>Chọn B</p>');
    expect(q1!.problems).toEqual([]);
    expect(q2!.solution).toBe('Vì 2 + 2 = 4. Chọn A');
    expect(result.problems.map((x) => x.code)).toEqual(['SOLUTION_FOR_MISSING_QUESTION']);
  });

  it('collects images and references them from the HTML; keeps tables in the stem', async () => {
    const file = await docx([
      p('Câu 1. Quan sát hình ', image('rIdImg1')),
      table([
        ['x', '1'],
        ['y', '2'],
      ]),
      p('A. Hình vuông\t', r('B. Hình tròn', { u: true })),
    ]);
    const result = await parseDocx(file);
    expect(result.images).toEqual([
      { id: 'image1.png', contentType: 'image/png', dataBase64: PNG.toString('base64') },
    ]);
    expect(result.questions[0]!.stem).toBe(
      '<p>Quan sát hình <img src="embedded:image1.png" alt=""></p><table><tr><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></table>',
    );
  });

  it('puts equations in the HTML as LaTeX', async () => {
    const file = await docx([
      p('Câu 1. Tính ', m.math(m.f(m.t('1'), m.t('2')), m.t('+'), m.sqrt(m.t('x'))), ' bằng'),
      `<w:p>${m.para(m.sup(m.t('x'), m.t('2')), m.t('≤'), m.t('π'))}</w:p>`,
      p(r('A. ', { u: true }), m.math(m.t('α'))),
      p('B. ', m.math(m.sum(m.t('i=1'), m.t('n'), m.t('i')))),
    ]);
    const q = (await parseDocx(file)).questions[0]!;
    expect(q.stem).toBe(
      '<p>Tính <span class="math" data-latex="\\frac{1}{2}+\\sqrt{x}"></span> bằng</p><div class="math" data-latex="{x}^{2}\\le \\pi"></div>',
    );
    expect(q.options.map((o) => o.html)).toEqual([
      '<span class="math" data-latex="\\alpha"></span>',
      '<span class="math" data-latex="\\sum_{i=1}^{n} i"></span>',
    ]);
    expect(q.options[0]!.correct).toBe(true);
  });

  it('keeps Vietnamese text NFC even when Word stored it decomposed', async () => {
    const decomposed = 'Câu 1. Tiếng Việt có dấu'.normalize('NFD');
    const result = await parseDocx(await docx([p(decomposed), p('A. Đúng\t', r('B. Sai', { u: true }))]));
    expect(result.questions[0]!.stem).toBe('Tiếng Việt có dấu');
    expect(result.questions[0]!.stem).toBe(result.questions[0]!.stem.normalize('NFC'));
  });

  it('groups questions under a shared stem', async () => {
    const file = await docx([
      p('Đọc đoạn văn sau và trả lời câu 1 đến câu 2'),
      p('Ngày xưa có một con cá.'),
      p('Câu 1. Con gì?'),
      p(r('A. Cá', { u: true }), '\tB. Mèo'),
      p('Câu 2. Mấy con?'),
      p(r('A. Một', { u: true }), '\tB. Hai'),
      p('Câu 3. Ngoài nhóm'),
      p(r('A. x', { u: true }), '\tB. y'),
    ]);
    const result = await parseDocx(file);
    expect(result.questions.map((q) => q.type)).toEqual(['group', 'single_choice']);
    expect(result.questions[0]!.stem).toBe(
      '<p>Đọc đoạn văn sau và trả lời câu 1 đến câu 2</p><p>Ngày xưa có một con cá.</p>',
    );
    expect(result.questions[0]!.children.map((q) => q.number)).toEqual(['Câu 1', 'Câu 2']);
    expect(result.problems).toEqual([]);
  });

  it('reads "PHẦN TỰ LUẬN" (and the older "PHẦN II. TỰ LUẬN") as leaving the 2025 parts: essays', async () => {
    const result = await parseDocx(
      await docx([
        p('PHẦN I. TRẮC NGHIỆM'),
        p('Câu 1. Chọn'),
        p(r('A. x', { u: true }), '\tB. y'),
        p('PHẦN II. TỰ LUẬN (3 điểm)'),
        p('Câu 1. Giải phương trình.'),
        p('PHẦN TỰ LUẬN'),
        p('Câu 2. Chứng minh.'),
      ]),
    );
    expect(result.questions.map((q) => [q.part, q.type])).toEqual([
      ['I', 'single_choice'],
      [null, 'essay'],
      [null, 'essay'],
    ]);
    expect(result.problems).toEqual([]);
  });
});
