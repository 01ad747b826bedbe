import { describe, expect, it } from 'vitest';
import { parseAiken } from '../src/text/aiken.js';
import { parseGift } from '../src/text/gift.js';
import { choices } from '../testing/index.js';
import { GIFT_SAMPLE } from './text-samples.js';

describe('parseAiken', () => {
  it('reads questions, options and ANSWER lines', () => {
    const result = parseAiken(
      'Thủ đô của Việt Nam là?\nA. Huế\nB) Hà Nội\nC. Đà Nẵng\nANSWER: B\n\nCâu không có đáp án\nA. x\nB. y\n',
    );
    expect(result.format).toBe('aiken');
    expect(result.questions[0]).toMatchObject({
      number: '1',
      type: 'single_choice',
      stem: 'Thủ đô của Việt Nam là?',
    });
    expect(result.questions[0]!.options.map((o) => [o.label, o.html, o.correct])).toEqual([
      ['A', 'Huế', false],
      ['B', 'Hà Nội', true],
      ['C', 'Đà Nẵng', false],
    ]);
    // The missing ANSWER line is now reported with the question's line, as well as the missing key.
    expect(result.questions[1]!.problems.map((p) => [p.code, p.location])).toEqual([
      ['SYNTAX', 'dòng 7'],
      ['NO_CORRECT_ANSWER', '2'],
    ]);
  });

  it('reports an answer letter with no option and stray lines', () => {
    const result = parseAiken('Hỏi?\nA. x\nB. y\nlạc dòng\nANSWER: E');
    expect(result.questions[0]!.problems.map((p) => [p.code, p.location])).toEqual([
      ['SYNTAX', 'dòng 4'],
      ['ANSWER_LABEL_UNKNOWN', 'dòng 5'],
      ['NO_CORRECT_ANSWER', '1'],
    ]);
  });
});

describe('parseGift', () => {
  const gift = GIFT_SAMPLE;

  it('reads each question kind', () => {
    const { questions, problems } = parseGift(gift);
    expect(problems).toEqual([]);
    const [choice, tf, numeric, range, multi, essay, html, blank, matching, broken] = questions;
    expect(choice).toMatchObject({
      type: 'single_choice',
      stem: 'Thủ đô của Việt Nam là',
      metadata: { title: 'Thủ đô', category: 'Toán 10/Hàm số' },
    });
    expect(choice!.options.map((o) => [o.html, o.correct])).toEqual([
      ['Hà Nội', true],
      ['Huế', false],
      ['Đà Nẵng', false],
    ]);
    expect(tf!.options).toEqual(choices('A', 'Đúng', 'Sai'));
    expect(numeric).toMatchObject({ type: 'short_answer', answer: { accepted: ['0.5'], tolerance: 0.01 } });
    expect(range!.answer).toEqual({ accepted: ['3'], tolerance: 2 });
    expect(multi!.type).toBe('multiple_select');
    expect(multi!.options.map((o) => o.correct)).toEqual([true, true, false]);
    expect(essay!.type).toBe('essay');
    expect(html!.stem).toBe('Công thức <b>a=b{c}: 50\\%~#</b>');
    expect(html!.solution).toBe('Vì <i>a</i> bằng b.');
    expect(blank).toMatchObject({
      type: 'short_answer',
      stem: 'Con _____ kêu meo meo.',
      answer: { accepted: ['mèo', 'miêu'] },
    });
    expect(matching!.problems.map((p) => p.code)).toContain('UNSUPPORTED_QUESTION');
    // Text without an answer block is a Moodle "description": reported as unsupported.
    expect(broken!.problems.map((p) => p.code)).toContain('UNSUPPORTED_QUESTION');
    for (const q of questions.slice(0, 8)) expect(q.problems).toEqual([]);
  });
});
