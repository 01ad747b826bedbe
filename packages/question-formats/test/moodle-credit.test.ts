import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { parseMoodleXml } from '../src/moodle/moodle-import.js';

const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><quiz>${questions.join('')}</quiz>`;
const answer = (fraction: string, text: string, extra = '') =>
  `<answer fraction="${fraction}" format="html"><text><![CDATA[${text}]]></text>${extra}</answer>`;
const feedback = (html: string) => `<feedback format="html"><text><![CDATA[${html}]]></text></feedback>`;
const choice = (name: string, single: boolean, ...answers: string[]) =>
  `<question type="multichoice"><name><text>${name}</text></name>
   <questiontext format="html"><text>Chọn</text></questiontext><single>${single}</single>${answers.join('')}</question>`;
const short = (type: string, name: string, ...answers: string[]) =>
  `<question type="${type}"><name><text>${name}</text></name>
   <questiontext format="html"><text>Trả lời</text></questiontext>${answers.join('')}</question>`;
const codes = (xml: string) => parseMoodleXml(xml).questions.map((q) => q.problems.map((p) => p.code));

describe('Moodle XML partial credit', () => {
  it('keeps single-choice grades as option credit, the 100 % answer as the key', () => {
    const result = importResultSchema.parse(
      parseMoodleXml(
        quiz(
          choice(
            'Câu 1',
            true,
            answer('0', 'Huế'),
            answer('100', 'Hà Nội', feedback('Đúng, thủ đô.')),
            answer('50', 'Thăng Long'),
            answer('-33.33333', 'Sài Gòn'),
          ),
        ),
      ),
    );
    const [q] = result.questions;
    expect(q?.type).toBe('single_choice');
    expect(q?.options).toEqual([
      { label: 'A', html: 'Huế', correct: false },
      { label: 'B', html: 'Hà Nội', correct: true, feedback: 'Đúng, thủ đô.' },
      { label: 'C', html: 'Thăng Long', correct: false, credit: 0.5 },
      { label: 'D', html: 'Sài Gòn', correct: false, credit: -0.3333333 },
    ]);
    expect(q?.problems).toEqual([]);
  });

  it('keeps a second 100 % answer of a single choice as full credit, not as a second key', () => {
    const [q] = parseMoodleXml(
      quiz(choice('Câu 1', true, answer('100', 'x'), answer('100', 'y'), answer('0', 'z'))),
    ).questions;
    expect(q?.options.map((o) => [o.correct, o.credit])).toEqual([
      [true, undefined],
      [false, 1],
      [false, undefined],
    ]);
    expect(q?.problems).toEqual([]);
  });

  it('reads <single>false</single> as multiple select with positive and negative credits', () => {
    const [q] = parseMoodleXml(
      quiz(
        choice('Câu 2', false, answer('50', '2'), answer('-50', '3'), answer('50', '4'), answer('0', '5')),
      ),
    ).questions;
    expect(q?.type).toBe('multiple_select');
    expect(q?.options.map((o) => [o.label, o.correct, o.credit])).toEqual([
      ['A', true, 0.5],
      ['B', false, -0.5],
      ['C', true, 0.5],
      ['D', false, undefined],
    ]);
    expect(q?.problems).toEqual([]);
  });

  it('reads <single> as Moodle does: absent = single, "false", "0" or empty = multiple', () => {
    const kinds = ['', '<single>0</single>', '<single></single>'].map(
      (single) =>
        parseMoodleXml(
          quiz(
            `<question type="multichoice"><name><text>x</text></name><questiontext><text>?</text></questiontext>${single}${answer('100', 'a')}${answer('0', 'b')}</question>`,
          ),
        ).questions[0]?.type,
    );
    expect(kinds).toEqual(['single_choice', 'multiple_select', 'multiple_select']);
  });

  it('short answers: 100 % accepted, partial answers credited with their own tolerance, 0 % never accepts', () => {
    const [numeric, text] = parseMoodleXml(
      quiz(
        short(
          'numerical',
          'Câu 3',
          answer('100', '3.14', '<tolerance>0.01</tolerance>'),
          answer('50', '3.1', `<tolerance>0.1</tolerance>${feedback('Gần đúng')}`),
          answer('10', '3', '<tolerance>0.5</tolerance>'),
          answer('0', '*', `<tolerance>0</tolerance>${feedback('Xem lại số pi')}`),
        ),
        short('shortanswer', 'Câu 4', answer('100', 'Hà Nội'), answer('100', 'Ha Noi'), answer('0', 'Huế')),
      ),
    ).questions;
    expect(numeric?.answer).toEqual({
      accepted: ['3.14'],
      tolerance: 0.01,
      credited: [
        { text: '3.1', credit: 0.5, tolerance: 0.1, feedback: 'Gần đúng' },
        { text: '3', credit: 0.1, tolerance: 0.5 },
      ],
    });
    expect(numeric?.feedback).toEqual({ incorrect: 'Xem lại số pi' });
    expect(numeric?.problems).toEqual([]);
    expect(text?.answer).toEqual({ accepted: ['Hà Nội', 'Ha Noi'], tolerance: null });
  });

  it('a * answer with credit is refused: at 100 % an error, with partial credit a warning', () => {
    const xml = quiz(
      short('shortanswer', 'Câu 5', answer('100', 'Hà Nội'), answer('100', '*')),
      short('shortanswer', 'Câu 6', answer('100', 'Hà Nội'), answer('20', '*')),
    );
    const [five, six] = parseMoodleXml(xml).questions;
    expect(five?.answer?.accepted).toEqual(['Hà Nội']);
    expect(five?.problems.map((p) => [p.code, p.severity])).toEqual([['CATCH_ALL_ANSWER', 'error']]);
    expect(six?.problems.map((p) => [p.code, p.severity])).toEqual([['CATCH_ALL_ANSWER', 'warning']]);
    expect(six?.answer?.credited).toBeUndefined();
  });

  it('an answer with a Moodle wildcard is an error; an escaped \\* is a literal star', () => {
    const [q, escaped] = parseMoodleXml(
      quiz(
        short('shortanswer', 'Câu 7', answer('100', 'Hà*Nội')),
        short('shortanswer', 'Câu 8', answer('100', 'a\\*b')),
      ),
    ).questions;
    expect(q?.problems.map((p) => p.code)).toEqual(['WILDCARD_ANSWER']);
    expect(escaped?.answer?.accepted).toEqual(['a*b']);
    expect(escaped?.problems).toEqual([]);
  });

  it('warns that a case-sensitive shortanswer is graded ignoring case here', () => {
    const xml = quiz(short('shortanswer', 'Câu 10', '<usecase>1</usecase>', answer('100', 'NaCl')));
    expect(parseMoodleXml(xml).questions[0]?.problems.map((p) => [p.code, p.severity])).toEqual([
      ['CASE_SENSITIVE', 'warning'],
    ]);
  });

  it('feedback of a wrong typed answer cannot be kept and says so', () => {
    const [q] = parseMoodleXml(
      quiz(
        short(
          'shortanswer',
          'Câu 9',
          answer('100', 'Hà Nội'),
          answer('0', 'Huế', feedback('Cố đô, không phải thủ đô')),
        ),
      ),
    ).questions;
    expect(q?.answer).toEqual({ accepted: ['Hà Nội'], tolerance: null });
    expect(q?.problems.map((p) => [p.code, p.severity])).toEqual([['ANSWER_FEEDBACK_DROPPED', 'warning']]);
  });
});

describe('Moodle XML invalid grades', () => {
  it('refuses fractions outside Moodle grade list (within 0.00001), per question', () => {
    const xml = quiz(
      choice(
        'ok',
        true,
        answer('100', 'a'),
        answer('33.33333', 'b'),
        answer('16.66667', 'c'),
        answer('-5', 'd'),
      ),
      choice('bad', true, answer('100', 'a'), answer('33.3', 'b'), answer('45', 'c')),
      short('shortanswer', 'bad short', answer('100', 'x'), answer('42', 'y')),
      short('numerical', 'bad number', answer('abc', '1')),
    );
    const result = parseMoodleXml(xml);
    expect(codes(xml)).toEqual([
      [],
      ['INVALID_GRADE'],
      ['INVALID_GRADE'],
      ['INVALID_GRADE', 'NO_CORRECT_ANSWER'],
    ]);
    const bad = result.questions[1]?.problems[0];
    expect(bad).toMatchObject({ severity: 'error', location: 'bad' });
    expect(bad?.message).toContain('33.3 %, 45 %');
  });

  it('refuses a single choice without a 100 % answer', () => {
    const xml = quiz(choice('Câu 1', true, answer('50', 'a'), answer('0', 'b')));
    const [q] = parseMoodleXml(xml).questions;
    expect(q?.problems.map((p) => p.code)).toEqual(['NO_CORRECT_ANSWER']);
    expect(q?.problems[0]?.message).toContain('cao nhất 50 %');
    expect(q?.options.some((o) => o.correct)).toBe(false);
  });

  it('refuses multiple answers whose positive grades do not add up to 100 %', () => {
    const xml = quiz(
      choice('thiếu', false, answer('50', 'a'), answer('0', 'b'), answer('-50', 'c')),
      choice('thừa', false, answer('50', 'a'), answer('75', 'b')),
      choice(
        'đủ',
        false,
        answer('33.33333', 'a'),
        answer('33.33333', 'b'),
        answer('33.33333', 'c'),
        answer('-100', 'd'),
      ),
    );
    expect(codes(xml)).toEqual([['CREDITS_NOT_FULL'], ['CREDITS_NOT_FULL'], []]);
    expect(parseMoodleXml(xml).questions[0]?.problems[0]?.message).toContain('tổng 50 %');
  });

  it('more than 8 options is an error, never a silent cut', () => {
    const answers = Array.from({ length: 9 }, (_, i) => answer(i === 0 ? '100' : '0', `p${i}`));
    const [q] = parseMoodleXml(quiz(choice('Câu 1', true, ...answers))).questions;
    expect(q?.problems.map((p) => [p.code, p.severity])).toEqual([['TOO_MANY_OPTIONS', 'error']]);
    expect(q?.problems[0]?.message).toContain('9 phương án');
  });
});
