import type { ImportedImage, ImportedQuestion } from '@hoclieu/contracts';
import { choices, math, question, statements } from '../testing/index.js';
import { PNG } from './docx-writer.js';

const display = (latex: string): string => math(latex).replace(/span/g, 'div');
const img = (id: string): string => `<img src="embedded:${id}" alt="">`;

/** A 2x1 PNG (so the picture has a size of its own). */
const WIDE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR4nGNg+A8AAQIBAEK+vGgAAAAASUVORK5CYII=',
  'base64',
);

export const IMAGES: ImportedImage[] = [
  { id: 'hinh-1.png', contentType: 'image/png', dataBase64: PNG.toString('base64') },
  { id: 'do_thi.png', contentType: 'image/png', dataBase64: WIDE_PNG.toString('base64') },
];

/**
 * A realistic paper in the exact HTML the Word reader produces (one paragraph inline, several as
 * <p>, display math as <div>), so a round trip through Word can be compared with toEqual.
 */
export const PAPER: ImportedQuestion[] = [
  question('Câu 1', {
    part: 'I',
    type: 'single_choice',
    level: 'biet',
    stem: `Cho hình vẽ ${img('hinh-1.png')}. Giá trị của ${math('\\frac{1}{2}+\\sqrt{4}')} bằng`,
    options: choices(
      'C',
      math('\\sqrt[3]{8}'),
      '<strong>2</strong>',
      math('\\frac{5}{2}'),
      `${math('{x}_{1}^{2}')} với ${math('x=\\pi')}`,
    ),
    solution: `<p>Ta có:</p>${display('\\frac{1}{2}+\\sqrt{4}=\\frac{1}{2}+2=\\frac{5}{2}')}<p>Chọn C.</p>`,
  }),
  question('Câu 2', {
    part: 'I',
    type: 'single_choice',
    level: 'hieu',
    stem: '<p>Cho bảng giá trị:</p><table><tr><td>x</td><td>1</td><td>2</td></tr><tr><td>y</td><td>3</td><td>5</td></tr></table><p>Hàm số nào <em>phù hợp</em> với bảng trên?</p>',
    options: choices('A', math('y=2x+1'), math('y=x+2'), math('y={x}^{2}+2'), math('y=3x')),
  }),
  question('Câu 3-4', {
    part: 'I',
    type: 'group',
    stem: '<p>Đọc đoạn văn sau và trả lời câu 3 đến câu 4.</p><p>Hà Nội là thủ đô của Việt Nam, nằm bên bờ <strong>sông Hồng</strong>.</p>',
    children: [
      question('Câu 3', {
        part: 'I',
        type: 'single_choice',
        level: 'biet',
        stem: 'Thủ đô của Việt Nam là',
        options: choices('B', 'Huế', 'Hà Nội', 'Đà Nẵng', 'Cần Thơ'),
      }),
      question('Câu 4', {
        part: 'I',
        type: 'single_choice',
        stem: 'Hà Nội nằm bên bờ sông nào?',
        options: choices('D', 'Sông Cửu Long', 'Sông Đà', 'Sông Mã', 'Sông Hồng'),
        solution: 'Đoạn văn nêu rõ <u>sông Hồng</u>.',
      }),
    ],
  }),
  question('Câu 1', {
    part: 'II',
    type: 'true_false_group',
    level: 'hieu',
    stem: `Trong mặt phẳng, cho tam giác ${math('ABC')} và vectơ ${math('\\vec{a}')}.`,
    statements: statements(
      'ĐSĐS',
      `${math('\\overrightarrow{AB}+\\overrightarrow{BC}=\\overrightarrow{AC}')}.`,
      `Góc ${math('\\widehat{ABC}')} luôn bằng ${math('{90}^{\\circ}')}.`,
      `${math('\\left| \\vec{a} \\right|\\ge 0')}.`,
      `${math('\\alpha+\\beta+\\gamma=2\\pi')} với ${math('\\alpha,\\beta,\\gamma')} là ba góc của tam giác.`,
    ),
    solution: `Tổng ba góc của tam giác bằng ${math('\\pi')}.`,
  }),
  question('Câu 2', {
    part: 'II',
    type: 'true_false_group',
    stem: `Cho dãy số ${math('{u}_{n}=\\frac{1}{n}')}.`,
    statements: statements(
      'SSSS',
      `${math('{u}_{1}=0')}.`,
      'Dãy số tăng.',
      `${math('\\lim_{n\\to \\infty} {u}_{n}=1')}.`,
      `${math('\\sum_{k=1}^{3} {u}_{k}=1')}.`,
    ),
  }),
  question('Câu 1', {
    part: 'III',
    type: 'short_answer',
    level: 'biet',
    stem: `Tính ${math('\\frac{{3}^{2}-7}{4}')}.`,
    answer: { accepted: ['0,5'], tolerance: null },
    solution: math('\\frac{9-7}{4}=0{,}5'),
  }),
  question('Câu 2', {
    part: 'III',
    type: 'short_answer',
    level: 'van_dung',
    stem: `Giải hệ ${math('\\left\\{ \\begin{array}{l} x+y=1 \\\\ x-y=3.5 \\end{array} \\right.')}, nhập giá trị của ${math('y')}.`,
    answer: { accepted: ['-1,25'], tolerance: null },
  }),
  question('Câu 1', {
    type: 'essay',
    level: 'van_dung',
    stem: `<p>Cho ma trận ${math('A=\\left( \\begin{matrix} 1 & 2 \\\\ 3 & 4 \\end{matrix} \\right)')}.</p><p>Tính ${math('\\det A')} và vẽ đồ thị ${img('do_thi.png')}.</p>`,
    solution: `<p>${math('\\det A=1.4-2.3=-2')}.</p><table><tr><td>Bước</td><td>Kết quả</td></tr><tr><td>1</td><td>${math('-2')}</td></tr></table>`,
  }),
];
