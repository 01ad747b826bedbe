import type { ImportedQuestion } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { openPackage } from '../src/docx/package-parts.js';
import { exportDocx, parseDocx } from '../src/index.js';
import { choices, credited, math, question, shortAnswer, statements, withCredits } from '../testing/index.js';
import { IMAGES } from './docx-export-fixtures.js';
import { docx, p, r } from './docx-writer.js';
import { expectContainsAll } from './expect-text.js';

/** The document's paragraphs as plain text, one a line. */
async function paragraphsOf(bytes: Buffer): Promise<string> {
  const pkg = await openPackage(bytes);
  const xml = pkg.ok ? ((await pkg.read('word/document.xml'))?.toString('utf8') ?? '') : '';
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map(([, p]) => [...(p ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join(''))
    .join('\n');
}

async function roundTrip(questions: ImportedQuestion[]) {
  return parseDocx(await exportDocx(questions, IMAGES));
}

/** Every question type with what the Word convention now carries. */
const EVERY_TYPE: ImportedQuestion[] = [
  question('Câu 1', {
    part: 'I',
    type: 'single_choice',
    level: 'van_dung',
    metadata: { points: 0.25, tags: ['vận dụng cao'] },
    stem: 'Xem <a href="https://vi.wikipedia.org/wiki/S%E1%BB%91_pi">số π</a>: công thức H<sub>2</sub>O và x<sup>2</sup>.',
    options: choices('B', 'Hai', '<a href="http://example.edu.vn/a?b=1&amp;c=2">Ba</a>', 'Bốn', 'Năm'),
    solution:
      '<p>Chương trình kiểm tra:</p><pre>for i in range(3):\n    print(i &lt; 2)</pre><p>Gọi <code>len(s)</code>.</p>',
  }),
  question('Câu 2', {
    part: 'I',
    type: 'multiple_select',
    level: 'hieu',
    metadata: { points: 0.5 },
    stem: `Những số nào là nghiệm của ${math('{x}^{2}-5x+6=0')}?`,
    options: choices('AB', '2', '3', '−2', '6'),
  }),
  question('Câu 1', {
    part: 'II',
    type: 'true_false_group',
    level: 'biet',
    stem: 'Cho hình vẽ <img src="embedded:do_thi.png" alt="Đồ thị hàm số y = 2x" width="240" height="120">.',
    statements: statements(
      'ĐĐSS',
      'Đồ thị là đường thẳng.',
      'Đi qua gốc tọa độ.',
      'Nghịch biến.',
      'Song song với trục hoành.',
    ),
  }),
  question('Câu 1', {
    part: 'III',
    type: 'short_answer',
    level: 'hieu',
    metadata: { points: 1 },
    stem: 'Tính 1 : 2 (viết dạng số thập phân).',
    answer: shortAnswer(['0,5', '0,50'], 0.01, credited('0,4', 0.5, 0.1), credited('1', 0.25)),
  }),
  question('Câu 2', {
    part: 'III',
    type: 'short_answer',
    stem: 'Một số nguyên bất kì lớn hơn 2.',
    answer: { accepted: ['3'], tolerance: null },
  }),
  question('Câu 3', {
    part: 'I',
    type: 'multiple_select',
    stem: 'Chọn các số chẵn.',
    options: withCredits(choices('AD', 'Đúng', 'Sai một nửa', 'Sai', '3 học sinh (25%)'), 1, 0.5, -0.25),
  }),
  question('Câu 4', {
    part: 'I',
    type: 'single_choice',
    stem: 'Một phương án được một phần điểm.',
    options: [
      { label: 'A', html: 'Đúng', correct: true },
      { label: 'B', html: 'Gần đúng', correct: false, credit: 0.5 },
    ],
  }),
  question('Câu 1', {
    type: 'essay',
    level: 'van_dung',
    metadata: { points: 2 },
    stem: '<p>Viết chương trình in bảng cửu chương.</p><pre>n = int(input())\nfor i in range(1, 11):\n\tprint(n * i)</pre>',
    solution: 'Xem <a href="https://docs.python.org/3/">tài liệu Python</a>.',
  }),
  question('Câu 2-3', {
    type: 'group',
    stem: '<p>Đọc thông tin sau và trả lời câu 2 đến câu 3.</p><p>Nước có công thức H<sub>2</sub>O.</p>',
    children: [
      question('Câu 2', {
        type: 'single_choice',
        level: 'biet',
        metadata: { points: 0.25 },
        stem: 'Một phân tử nước có mấy nguyên tử hiđro?',
        options: choices('B', '1', '2', '3', '4'),
      }),
      question('Câu 3', {
        type: 'essay',
        level: 'van_dung',
        metadata: { tags: ['vận dụng cao'] },
        stem: 'Giải thích vì sao nước sôi ở 100 <sup>o</sup>C.',
      }),
    ],
  }),
];

describe('Word export -> import round trip', () => {
  it('gives back every question type: multi-select, answers with tolerance and credit, links, <pre>, pictures, levels, points', async () => {
    const result = await roundTrip(EVERY_TYPE);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual(EVERY_TYPE);
  });

  it('writes the conventions a teacher can read and write by hand', async () => {
    const text = await paragraphsOf(await exportDocx(EVERY_TYPE, IMAGES));
    expectContainsAll(text, [
      'Câu 1 (VDC) (0,25 điểm).',
      'Câu 2 (TH) (0,5 điểm) (Chọn nhiều đáp án).',
      'Đáp án: 0,5; 0,50 (sai số 0,01)',
      'Đáp án: 0,4 (được 50% điểm; sai số 0,1)',
      'Đáp án: 1 (được 25% điểm)',
      'B. Sai một nửa (được 50% điểm)',
      'C. Sai (trừ 25% điểm)',
    ]);
  });

  it('keeps a picture without its own size plain, and one placed larger at its Word size', async () => {
    const stem = (attrs: string) => `Hình <img src="embedded:hinh-1.png" alt=""${attrs}>`;
    const back = await roundTrip([
      question('Câu 1', { type: 'essay', stem: stem('') }),
      question('Câu 2', { type: 'essay', stem: stem(' width="30" height="30"') }),
      question('Câu 3', { type: 'essay', stem: stem(' width="2000" height="1000"') }),
    ]);
    expect(back.questions.map((x) => x.stem)).toEqual([
      stem(''),
      stem(' width="30" height="30"'),
      // Held to the page's 15 cm.
      stem(' width="567" height="283"'),
    ]);
  });

  it('drops links that are not web links, keeping their text', async () => {
    const back = await roundTrip([
      question('Câu 1', {
        type: 'essay',
        stem: 'Bấm <a href="javascript:alert(1)">vào đây</a> hoặc <a href="/x">đây</a>.',
      }),
    ]);
    expect(back.questions[0]?.stem).toBe('Bấm vào đây hoặc đây.');
  });
});

describe('Word conventions written by hand', () => {
  it('reads accepted answers, tolerance, credited answers and option credits; leaves look-alikes as text', async () => {
    const file = await docx([
      p('PHẦN III. Trả lời ngắn'),
      p('Câu 1. Tính 1 : 2.'),
      p('Đáp án: 0,5; 0,50 (sai số 0,01)'),
      p('Đáp án: 0,4 (50%)'),
      p('Câu 2. Chiều dài sân là bao nhiêu mét?'),
      p('Đáp án: 20 (m)'),
      p('PHẦN I. Nhiều lựa chọn'),
      p('Câu 3. Tỉ lệ học sinh giỏi?'),
      p(r('A.', { u: true }), ' 3 học sinh (25%)'),
      p('B. 4 học sinh (được 50% điểm)'),
      p('C. 5 học sinh'),
    ]);
    const [a, b, c] = (await parseDocx(file)).questions;
    expect(a?.answer).toEqual({
      accepted: ['0,5', '0,50'],
      tolerance: 0.01,
      credited: [credited('0,4', 0.5)],
    });
    expect(b?.answer).toEqual({ accepted: ['20 (m)'], tolerance: null });
    expect(c?.options).toEqual([
      { label: 'A', html: '3 học sinh (25%)', correct: true },
      { label: 'B', html: '4 học sinh', correct: false, credit: 0.5 },
      { label: 'C', html: '5 học sinh', correct: false },
    ]);
  });
});
