import { describe, expect, it } from 'vitest';
import { exportDocx, parseDocx } from '../src/index.js';
import { docx, image, m, p, r, table } from './docx-writer.js';

/** A paper the way teachers write them, exercising most of the reader's conventions. */
const TEACHER_PAPER = [
  p(r('SỞ GD&ĐT HÀ NỘI – ĐỀ KIỂM TRA GIỮA KÌ I', { b: true })),
  p('Môn: Toán 10. Thời gian: 45 phút'),
  p(r('PHẦN I.', { b: true }), ' Câu trắc nghiệm nhiều phương án lựa chọn'),
  p(
    r('Câu 1', { b: true }),
    ' (NB): Giá trị của ',
    m.math(m.f(m.t('1'), m.t('2')), m.t('+'), m.sqrt(m.t('x'))),
    ' khi x = 4',
  ),
  p(
    'A. ',
    m.math(m.t('2,5')),
    '\tB. 3\t',
    r('C.', { u: true }),
    ' ',
    m.math(m.f(m.t('5'), m.t('2'))),
    '\tD. 4',
  ),
  p('Câu 2. Quan sát hình ', image('rIdImg1'), ' và bảng'),
  table([
    ['x', '1', '2'],
    ['y', '3', '5'],
  ]),
  p('A. y = 2x + 1'),
  p(r('B. y = x + 2', { color: 'FF0000' })),
  p('C. y = 3x'),
  p('D. y = x'),
  p(
    'Câu 3 [TH]. Cho ',
    m.math(m.acc('⃗', m.t('AB')), m.t('+'), m.acc('⃗', m.t('BC'))),
    '. Chọn ',
    r('đúng', { b: true, i: true }),
  ),
  p(
    'A. ',
    m.math(m.acc('⃗', m.t('AC'))),
    '\t*B. ',
    m.math(m.acc('⃗', m.t('CA'))),
    '\tC. ',
    m.math(m.bar(m.t('0'))),
  ),
  p('Đọc đoạn văn sau và trả lời câu 4 đến câu 5'),
  p('Ngày xưa có một ', r('con cá', { u: true }), ' vàng.'),
  p('Câu 4. Con gì?'),
  p('A. Cá\tB. Mèo'),
  p('Câu 5. Màu gì?'),
  p('A. Đỏ\tB. Vàng'),
  p(r('PHẦN II.', { b: true }), ' Câu trắc nghiệm đúng sai'),
  p('Câu 1. Cho hàm số ', m.math(m.t('f'), m.d(m.t('x')), m.t('='), m.func('sin', m.t('x')))),
  p(r('a)', { u: true }), ' ', m.math(m.t('f'), m.d(m.t('0')), m.t('=0'))),
  p('b) Hàm số tuần hoàn với chu kì ', m.math(m.t('π'))),
  p(
    r('c)', { u: true }),
    ' ',
    m.math(
      `<m:func><m:fName>${m.limLow(m.t('lim'), m.t('x→0'))}</m:fName><m:e>${m.f(m.func('sin', m.t('x')), m.t('x'))}</m:e></m:func>`,
      m.t('=1'),
    ),
  ),
  p('d) ', m.math(m.sum(m.t('k=1'), m.t('n'), m.t('k')), m.t('='), m.f(m.t('n'), m.t('2')))),
  p(r('PHẦN III.', { b: true }), ' Câu trắc nghiệm trả lời ngắn'),
  p(
    'Câu 1. Tính định thức ',
    m.math(
      m.d(
        m.matrix([
          [m.t('1'), m.t('2')],
          [m.t('3'), m.t('4')],
        ]),
        '|',
        '|',
      ),
    ),
  ),
  p('Câu 2. Giải hệ ', m.math(m.d(m.eqArr(m.t('x+y=1'), m.t('x−y=3')), '{', '')), ', nhập x.'),
  `<w:p>${m.para(m.int(m.t('0'), m.t('1'), m.t('x dx')), m.t('='), m.sup(m.t('x'), m.t('2')))}</w:p>`,
  p('----- HẾT -----'),
  p(r('BẢNG ĐÁP ÁN', { b: true })),
  table([
    ['Câu', '1', '2', '3', '4', '5'],
    ['Đáp án', 'C', 'B', 'B', 'A', 'B'],
  ]),
  p('PHẦN II'),
  p('1: a) Đ b) S c) Đ d) S'),
  p('PHẦN III'),
  p('Câu 1: -2'),
  p('Câu 2: 2'),
  p('HƯỚNG DẪN GIẢI'),
  p('PHẦN I'),
  p('Câu 1. Thay x = 4: ', m.math(m.f(m.t('1'), m.t('2')), m.t('+2='), m.f(m.t('5'), m.t('2')))),
];

describe('Word -> questions -> Word -> questions', () => {
  it('reads back what it read from a teacher-written paper', async () => {
    const first = await parseDocx(await docx(TEACHER_PAPER));
    expect(first.problems).toEqual([]);
    expect(first.questions.map((q) => [q.number, q.part, q.type])).toEqual([
      ['Câu 1', 'I', 'single_choice'],
      ['Câu 2', 'I', 'single_choice'],
      ['Câu 3', 'I', 'single_choice'],
      ['Câu 4-5', 'I', 'group'],
      ['Câu 1', 'II', 'true_false_group'],
      ['Câu 1', 'III', 'short_answer'],
      ['Câu 2', 'III', 'short_answer'],
    ]);
    for (const q of first.questions) expect(q.problems, q.number).toEqual([]);

    const second = await parseDocx(await exportDocx(first.questions, first.images));
    expect(second.problems).toEqual([]);
    expect(second.questions).toEqual(first.questions);
    expect(second.images).toEqual(first.images);
  });
});
