import type { ImportedQuestion } from '@hoclieu/contracts';
import { imageHtml } from '../src/html.js';
import type { AnswerKeyDoc, MatrixDoc, PaperHeader, PrintablePaper } from '../src/index.js';
import { choices, math, question, statements } from '../testing/index.js';

export { IMAGES } from './docx-export-fixtures.js';

export const HEADER: PaperHeader = {
  authority: 'Sở GDĐT Quảng Bình',
  school: 'Trường THPT Đồng Hới',
  title: 'Kiểm tra giữa kì I',
  subject: 'Toán',
  grade: '10',
  durationMinutes: 45,
  schoolYear: '2024 – 2025',
};

/** One version of a paper: own numbers out of order (the print renumbers), every part present. */
export const ITEMS: ImportedQuestion[] = [
  question('Câu 7', {
    part: 'I',
    type: 'single_choice',
    level: 'biet',
    stem: `Nghiệm của phương trình ${math('2x-4=0')} là`,
    options: choices('B', math('x=1'), math('x=2'), math('x=-2'), '4'),
    solution: 'Chuyển vế, chọn B.',
  }),
  question('Câu 2', {
    part: 'I',
    type: 'single_choice',
    stem: 'Thủ đô của Việt Nam là thành phố nào?',
    options: choices('A', 'Thành phố Hà Nội', 'Thành phố Hồ Chí Minh', 'Thành phố Đà Nẵng', 'Thành phố Huế'),
  }),
  question('Câu 3', {
    part: 'I',
    type: 'single_choice',
    stem: 'Phát biểu nào sau đây là đúng?',
    options: choices(
      'C',
      'Mọi số nguyên tố đều là số lẻ, kể cả số nhỏ nhất trong chúng.',
      `Tập hợp ${math('\\mathbb{N}')} chứa mọi số nguyên âm và số nguyên dương.`,
      `Với mọi số thực ${math('x')}, ta luôn có ${math('{x}^{2}\\ge 0')}.`,
      'Tổng hai số vô tỉ luôn là một số vô tỉ, không có ngoại lệ.',
    ),
  }),
  question('Câu 4-5', {
    part: 'I',
    type: 'group',
    stem: `<p>Đọc thông tin sau và trả lời câu 1 đến câu 2.</p><p>Cho hàm số ${math('y=\\frac{1}{x}')} có đồ thị như hình ${imageHtml('hinh-1.png')}</p>`,
    children: [
      question('Câu 1', {
        part: 'I',
        type: 'single_choice',
        stem: 'Tập xác định của hàm số là',
        options: choices(
          'D',
          math('\\mathbb{R}'),
          math('\\left[ 0;+\\infty \\right)'),
          math('x>0'),
          math('x\\ne 0'),
        ),
      }),
      question('Câu 2', {
        part: 'I',
        type: 'single_choice',
        stem: 'Đồ thị nào là của hàm số?',
        options: choices('A', imageHtml('do_thi.png'), 'Hình 2', 'Hình 3', 'Hình 4'),
      }),
    ],
  }),
  question('Câu 1', {
    part: 'II',
    type: 'true_false_group',
    stem: `Cho hàm số ${math('f\\left( x \\right)={x}^{2}-2x')}.`,
    statements: statements(
      'ĐSĐS',
      `${math('f\\left( 0 \\right)=0')}.`,
      'Hàm số đồng biến trên ℝ.',
      `Đồ thị đi qua điểm ${math('\\left( 2;0 \\right)')}.`,
      'Giá trị nhỏ nhất bằng 1.',
    ),
  }),
  question('Câu 1', {
    part: 'III',
    type: 'short_answer',
    stem: `Tính ${math('\\sqrt{16}+0{,}5')}.`,
    answer: { accepted: ['4,5'], tolerance: null },
  }),
  question('Bài 1', {
    type: 'essay',
    stem: 'Giải phương trình x + 1 = 3.',
    solution: 'x = 2',
  }),
];

export const PAPER_101: PrintablePaper = { header: HEADER, versionCode: '101', items: ITEMS };

export const KEY: AnswerKeyDoc = {
  header: HEADER,
  pointsNote: 'Mỗi câu Phần I đúng: 0,25 điểm; Phần II: 1 ý đúng 0,1; 2 ý 0,25; 3 ý 0,5; 4 ý 1 điểm.',
  versions: [
    {
      code: '101',
      multipleChoice: Array.from({ length: 12 }, (_, i) => ({ number: i + 1, answer: 'ABCD'.charAt(i % 4) })),
      trueFalse: [{ number: 13, answers: { a: true, b: false, c: true, d: false } }],
      shortAnswer: [{ number: 14, answer: '4,5' }],
      essays: [{ number: 15, rubricHtml: '<p>Chuyển vế: x = 2 (0,5 điểm).</p><p>Kết luận (0,5 điểm).</p>' }],
    },
    {
      code: '102',
      multipleChoice: [{ number: 1, answer: 'D' }],
      trueFalse: [],
      shortAnswer: [],
      essays: [],
    },
  ],
};

export const MATRIX: MatrixDoc = {
  header: HEADER,
  types: ['single_choice', 'true_false_group', 'short_answer', 'essay'],
  rows: [
    {
      topic: 'Mệnh đề và tập hợp',
      unit: 'Mệnh đề',
      cells: { 'single_choice:biet': 2, 'single_choice:hieu': 1, 'true_false_group:biet': 2 },
      outcomes: [
        { level: 'biet', text: 'Nhận biết mệnh đề, mệnh đề phủ định.', questions: 'Câu 1, 2; Câu 13a, 13b' },
        { level: 'hieu', text: 'Xác định tính đúng sai của mệnh đề.', questions: 'Câu 3' },
      ],
    },
    {
      topic: 'Mệnh đề và tập hợp',
      unit: 'Tập hợp',
      cells: { 'single_choice:biet': 1, 'true_false_group:hieu': 2, 'short_answer:van_dung': 1 },
      outcomes: [{ level: 'van_dung', text: 'Giải bài toán thực tế về tập hợp.', questions: 'Câu 14' }],
    },
    {
      topic: 'Bất phương trình bậc nhất hai ẩn',
      cells: { 'single_choice:hieu': 1, 'essay:van_dung': 1 },
      outcomes: [],
    },
  ],
  points: {
    'single_choice:biet': 0.75,
    'single_choice:hieu': 0.5,
    'true_false_group:biet': 0.5,
    'true_false_group:hieu': 0.5,
    'short_answer:van_dung': 0.25,
    'essay:van_dung': 1,
  },
};
