import { type ImportedQuestion, importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_QUESTIONS } from '../src/docx-export/word-template.js';
import { exportMoodleXml } from '../src/moodle/moodle-export.js';
import { parseMoodleXml } from '../src/moodle/moodle-import.js';
import { choices, credited, question, shortAnswer, statements, withCredits } from '../testing/index.js';
import { IMAGES, PAPER } from './docx-export-fixtures.js';
import { expectContainsAll } from './expect-text.js';

const roundTrip = (questions: ImportedQuestion[], images = IMAGES) => {
  const result = importResultSchema.parse(parseMoodleXml(exportMoodleXml(questions, images)));
  expect(result.problems).toEqual([]);
  return result;
};

const EVERY_TYPE: ImportedQuestion[] = [
  question('Câu 1', {
    type: 'single_choice',
    part: 'I',
    level: 'biet',
    stem: '<p>Xem <img src="embedded:hinh-1.png" alt="Hình 1: tam giác" width="120" height="80"> và <a href="https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i">Hà Nội</a></p><pre>for i in range(3):\n    print(i)</pre>',
    options: [
      { label: 'A', html: 'Đúng hẳn', correct: true, feedback: 'Chính xác' },
      { label: 'B', html: 'Gần đúng', correct: false, credit: 0.5, feedback: 'Được một nửa' },
      { label: 'C', html: 'Sai', correct: false, credit: -0.25 },
      { label: 'D', html: 'Không liên quan', correct: false },
    ],
    solution: '<p>Lời giải có <strong>đậm</strong>.</p>',
    feedback: { correct: 'Tốt', partial: 'Gần được', incorrect: 'Xem lại' },
    hints: ['Gợi ý 1', '<em>Gợi ý 2</em>'],
    metadata: { tags: ['hình học', 'lớp 10'], subject: 'Toán' },
  }),
  question('Câu 2', {
    type: 'multiple_select',
    stem: 'Chọn số chẵn (có điểm từng phương án)',
    options: withCredits(choices('AC', '2', '3', '4'), 0.5, -1, 0.5),
  }),
  question('Câu 3', {
    type: 'multiple_select',
    stem: 'Chọn số nguyên tố (chấm theo quy tắc của đề)',
    options: choices('ABD', '2', '3', '4', '5'),
  }),
  question('Câu 4', {
    type: 'true_false_group',
    part: 'II',
    stem: 'Cho hàm số <span class="math" data-latex="y=x^3"></span>',
    statements: statements(
      'ĐSĐS',
      'Đồng biến',
      'Có cực trị',
      'Đi qua gốc <span class="math" data-latex="O"></span>',
      'Chẵn',
    ),
  }),
  question('Câu 5', {
    type: 'short_answer',
    part: 'III',
    stem: 'Tính <span class="math" data-latex="\\pi"></span>',
    answer: shortAnswer(
      ['3,14', '3.14159'],
      0.01,
      { ...credited('3,1', 0.5, 0.05), feedback: 'Gần đúng' },
      credited('3', 0.1),
    ),
    feedback: { correct: 'Đúng', incorrect: 'Sai' },
  }),
  question('Câu 6', {
    type: 'short_answer',
    stem: 'Thủ đô của Việt Nam?',
    answer: shortAnswer(['Hà Nội', 'Ha Noi', 'a*b'], null, credited('Thăng Long', 0.5)),
  }),
  question('Câu 7', {
    type: 'essay',
    level: 'van_dung',
    stem: 'Viết đoạn văn về quê hương',
    rubric: '<p>Mở bài: 0,5 điểm</p><p>Thân bài: 2 điểm</p>',
    metadata: { points: 3 },
  }),
  question('Câu 8-9', {
    type: 'group',
    part: 'I',
    level: 'hieu',
    stem: '<p>Đọc đoạn văn và trả lời câu 8 đến câu 9.</p>',
    solution: 'Lời giải chung',
    metadata: { topic: 'Đọc hiểu' },
    children: [
      question('Câu 8', {
        type: 'single_choice',
        part: 'I',
        stem: 'Ý chính?',
        options: choices('B', 'X', 'Y'),
        solution: 'Vì Y',
      }),
      question('Câu 9', {
        type: 'short_answer',
        stem: 'Năm?',
        answer: { accepted: ['1010'], tolerance: null },
      }),
    ],
  }),
];

describe('Moodle XML round trip', () => {
  it('gives back every question type with credits, feedback, rubric, groups, links, <pre> and images', () => {
    const result = roundTrip(EVERY_TYPE);
    expect(result.questions).toEqual(EVERY_TYPE);
    expect(result.images).toEqual([IMAGES[0]]);
  });

  it('writes what Moodle needs: fractions from its list, negatives, dot decimals, truefalse', () => {
    const xml = exportMoodleXml(EVERY_TYPE, IMAGES);
    expectContainsAll(xml, [
      '<answer fraction="-25" format="html">',
      '<answer fraction="33.33333" format="html">',
      '<question type="numerical">',
      '<text><![CDATA[3.14]]></text><tolerance>0.01</tolerance>',
      '<text><![CDATA[a\\*b]]></text>',
      '<graderinfo format="html">',
      '<defaultgrade>3</defaultgrade>',
    ]);
    expect(xml).not.toContain('embedded:');
  });

  it('keeps two neighbouring groups with the same number apart', () => {
    const group = EVERY_TYPE[7] as ImportedQuestion;
    const twice = [group, { ...group, part: 'II' as const, solution: null, metadata: {} }];
    expect(roundTrip(twice).questions).toEqual(twice);
  });

  it('gives back the demo bank: the Word template examples and the sample paper', () => {
    expect(roundTrip(TEMPLATE_QUESTIONS, []).questions).toEqual(TEMPLATE_QUESTIONS);
    const paper = roundTrip(PAPER);
    expect(paper.questions).toEqual(PAPER);
    expect(paper.images).toEqual(IMAGES);
  });
});
