import { type ImportedQuestion, importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { exportMoodleXml, parseMoodleXml } from '../src/index.js';
import { emptyQuestion } from '../src/question.js';

const question = (overrides: Partial<ImportedQuestion>): ImportedQuestion => ({
  ...emptyQuestion('Câu 1'),
  ...overrides,
});
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const questions: ImportedQuestion[] = [
  question({
    type: 'single_choice',
    part: 'I',
    level: 'biet',
    stem: 'Hình nào? <img src="embedded:hinh 1.png" alt=""> <span class="math" data-latex="\\frac{1}{2}"></span>',
    options: [
      { label: 'A', html: 'Vuông', correct: false },
      { label: 'B', html: 'Tròn ]]> lạ', correct: true },
    ],
    solution: '<p>Vì <strong>tròn</strong>.</p>',
    metadata: { subject: 'Toán', grade: '10' },
  }),
  question({
    number: 'Câu 2',
    type: 'multiple_select',
    stem: 'Chọn số chẵn',
    options: [
      { label: 'A', html: '2', correct: true },
      { label: 'B', html: '3', correct: false },
      { label: 'C', html: '4', correct: true },
    ],
  }),
  question({
    number: 'Câu 3',
    type: 'short_answer',
    part: 'III',
    stem: 'Tính 1/2',
    answer: { accepted: ['0.5'], tolerance: 0.01 },
  }),
  question({
    number: 'Câu 4',
    type: 'short_answer',
    stem: 'Thủ đô?',
    answer: { accepted: ['Hà Nội', 'Ha Noi'], tolerance: null },
  }),
  question({ number: 'Câu 5', type: 'essay', stem: 'Viết đoạn văn', level: 'van_dung' }),
  question({
    number: 'Câu 6',
    type: 'true_false_group',
    part: 'II',
    stem: 'Cho hàm số',
    statements: [
      { label: 'a', html: 'Đồng biến', correct: true },
      { label: 'b', html: 'Nghịch biến', correct: false },
      { label: 'c', html: 'Có cực trị', correct: false },
      { label: 'd', html: 'Liên tục', correct: true },
    ],
  }),
];

describe('Moodle XML', () => {
  it('round-trips every question type and the images', () => {
    const images = [{ id: 'hinh 1.png', contentType: 'image/png', dataBase64: PNG }];
    const xml = exportMoodleXml(questions, images);
    expect(xml).toContain('@@PLUGINFILE@@/hinh%201.png');
    const result = importResultSchema.parse(parseMoodleXml(xml));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual(questions);
    expect(result.images).toEqual(images);
  });

  it('reads truefalse, refuses DOCTYPE and reports unknown question types', () => {
    const xml = `<?xml version="1.0"?><quiz>
      <question type="category"><category><text>$course$/Toán</text></category></question>
      <question type="truefalse"><name><text>TF</text></name><questiontext format="html"><text>Trời xanh</text></questiontext>
        <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
      <question type="matching"><name><text>Ghép</text></name></question>
      <question type="multichoice"><name><text>Thiếu</text></name><questiontext><text>Hỏi</text></questiontext>
        <answer fraction="0"><text>x</text></answer></question>
    </quiz>`;
    const result = parseMoodleXml(xml);
    expect(result.questions[0]).toMatchObject({
      number: 'TF',
      type: 'single_choice',
      metadata: { category: '$course$/Toán' },
    });
    expect(result.questions[0]!.options.map((o) => o.correct)).toEqual([true, false]);
    expect(result.problems.map((p) => p.code)).toEqual(['UNSUPPORTED_QUESTION']);
    expect(result.questions[1]!.problems.map((p) => p.code)).toEqual([
      'NO_CORRECT_ANSWER',
      'TOO_FEW_OPTIONS',
    ]);
    const xxe = '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "b">]><quiz>&a;</quiz>';
    expect(parseMoodleXml(xxe).problems.map((p) => p.code)).toEqual(['XML_DOCTYPE']);
    expect(parseMoodleXml('<quiz>').problems.map((p) => p.code)).toEqual(['XML_INVALID']);
  });
});
