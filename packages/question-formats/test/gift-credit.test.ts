import { describe, expect, it } from 'vitest';
import { parseGift } from '../src/text/gift.js';

const one = (text: string) => {
  const { questions } = parseGift(text);
  expect(questions).toHaveLength(1);
  return questions[0]!;
};
const codes = (text: string) => one(text).problems.map((p) => p.code);

describe('GIFT partial credit on choices', () => {
  it('one "=" makes a single choice whose distractors keep their credit', () => {
    const q = one('Thủ đô của Pháp? {=Paris ~%50%Lyon ~%-33.3%Rome ~Berlin}');
    expect(q.type).toBe('single_choice');
    expect(q.options.map((o) => [o.html, o.correct, o.credit])).toEqual([
      ['Paris', true, undefined],
      ['Lyon', false, 0.5],
      ['Rome', false, -0.333],
      ['Berlin', false, undefined],
    ]);
    expect(q.problems).toEqual([]);
  });

  it('"=%50%" in a choice is a credited option, not a second key', () => {
    const q = one('Chọn? {=đúng =%50%gần đúng ~sai}');
    expect(q.options.map((o) => [o.correct, o.credit])).toEqual([
      [true, undefined],
      [false, 0.5],
      [false, undefined],
    ]);
    expect(q.problems).toEqual([]);
  });

  it('several positive "~%n%" make a multiple select with every credit written', () => {
    const q = one('Số chẵn? {~%50%2 ~%50%4 ~%-100%3 ~5}');
    expect(q.type).toBe('multiple_select');
    expect(q.options.map((o) => [o.correct, o.credit])).toEqual([
      [true, 0.5],
      [true, 0.5],
      [false, -1],
      [false, 0],
    ]);
    expect(q.problems).toEqual([]);
  });

  it('thirds add up to 100 %', () => {
    const q = one('Chọn ba? {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}');
    expect(q.options.map((o) => o.credit)).toEqual([0.3333333, 0.3333333, 0.3333333, -1]);
    expect(q.problems).toEqual([]);
  });

  it('refuses a multiple select whose positive credits do not add up to 100 % (Moodle rule)', () => {
    expect(codes('Chọn? {~%50%a ~%30%b ~c}')).toContain('CREDITS_NOT_FULL');
  });

  it('a single "~%100%" without "=" stays multiple select (Moodle single = 0)', () => {
    const q = one('Chọn? {~%100%a ~%-50%b ~%-50%c}');
    expect(q.type).toBe('multiple_select');
    expect(q.options.map((o) => o.credit)).toEqual([1, -0.5, -0.5]);
  });

  it('refuses a weight outside -100..100 with its line', () => {
    const q = one('Chọn?\n{=a\n~%150%b}');
    expect(q.problems).toContainEqual(expect.objectContaining({ code: 'SYNTAX', location: 'dòng 3' }));
  });

  it('refuses more than 8 options instead of cutting them', () => {
    const q = one('Chọn? {=a ~b ~c ~d ~e ~f ~g ~h ~i}');
    expect(q.problems).toContainEqual(
      expect.objectContaining({
        code: 'TOO_MANY_OPTIONS',
        severity: 'error',
        message: 'Câu hỏi có 9 phương án; hệ thống chỉ hỗ trợ tối đa 8 (A–H).',
      }),
    );
  });
});

describe('GIFT partial credit on short answers', () => {
  it('"=" answers are accepted, "=%50%" ones credited with their feedback', () => {
    const q = one('Con vật nào? {=mèo =%50%chó#gần đúng =%100%miêu}');
    expect(q.type).toBe('short_answer');
    expect(q.answer).toEqual({
      accepted: ['mèo', 'miêu'],
      tolerance: null,
      credited: [{ text: 'chó', credit: 0.5, tolerance: null, feedback: 'gần đúng' }],
    });
    expect(q.problems).toEqual([]);
  });

  it('a "*" catch-all at 0 % never accepts; its feedback becomes the incorrect feedback', () => {
    const q = one('Con vật nào? {=mèo#Giỏi! =%0%*#Sai hoàn toàn}');
    expect(q.answer).toEqual({ accepted: ['mèo'], tolerance: null });
    expect(q.feedback).toEqual({ correct: 'Giỏi!', incorrect: 'Sai hoàn toàn' });
    expect(q.problems).toEqual([]);
  });

  it('"~*" after short answers is the same catch-all', () => {
    const q = one('Con vật nào? {=mèo ~*#Chưa đúng}');
    expect(q.type).toBe('short_answer');
    expect(q.answer).toEqual({ accepted: ['mèo'], tolerance: null });
    expect(q.feedback).toEqual({ incorrect: 'Chưa đúng' });
  });

  it('a "*" with credit is refused: it would accept anything', () => {
    const q = one('Con vật nào? {=mèo =%100%*}');
    expect(q.problems.map((p) => [p.code, p.severity])).toContainEqual(['CATCH_ALL_ANSWER', 'error']);
    expect(q.answer?.accepted).toEqual(['mèo']);
    const partial = one('Con vật nào? {=mèo =%50%*}');
    expect(partial.problems.map((p) => p.code)).toContain('CATCH_ALL_ANSWER');
    expect(partial.answer?.credited).toBeUndefined();
  });

  it('a 0 % answer with its own feedback is dropped with a warning', () => {
    const q = one('Con vật nào? {=mèo =%0%chó#Chó sủa}');
    expect(q.answer).toEqual({ accepted: ['mèo'], tolerance: null });
    expect(q.problems.map((p) => [p.code, p.severity])).toEqual([['ANSWER_FEEDBACK_DROPPED', 'warning']]);
  });

  it('text without a marker is a full-credit short answer, as Moodle reads "{Paris}"', () => {
    expect(one('Thủ đô Pháp? {Paris}').answer).toEqual({ accepted: ['Paris'], tolerance: null });
  });

  it('a short answer with only partial credit has no key', () => {
    expect(codes('Hỏi? {=%50%gần}')).toContain('NO_CORRECT_ANSWER');
  });
});

describe('GIFT numerical answers', () => {
  it('one-line answer with tolerance, range, negative and decimal numbers', () => {
    expect(one('Bao nhiêu? {#3:2}').answer).toEqual({ accepted: ['3'], tolerance: 2 });
    expect(one('Bao nhiêu? {#1..5}').answer).toEqual({ accepted: ['3'], tolerance: 2 });
    expect(one('Bao nhiêu? {#-5..-1}').answer).toEqual({ accepted: ['-3'], tolerance: 2 });
    expect(one('Bao nhiêu? {#0.1..0.3}').answer).toEqual({ accepted: ['0.2'], tolerance: 0.1 });
    expect(one('Bao nhiêu? {#-2.5:0.05}').answer).toEqual({ accepted: ['-2.5'], tolerance: 0.05 });
    expect(one('Bao nhiêu? {#7}').answer).toEqual({ accepted: ['7'], tolerance: null });
  });

  it('several answers keep their own weight and tolerance (not the largest of all)', () => {
    const q = one('Bao nhiêu? {#=%100%3:0.5 =%50%3:1#gần đúng}');
    expect(q.answer).toEqual({
      accepted: ['3'],
      tolerance: 0.5,
      credited: [{ text: '3', credit: 0.5, tolerance: 1, feedback: 'gần đúng' }],
    });
    expect(q.problems).toEqual([]);
  });

  it('full-credit answers with another tolerance are credited at 1 with theirs', () => {
    const q = one('Bao nhiêu? {#\n=2:0\n=5:0.5\n=2\n}');
    expect(q.answer).toEqual({
      accepted: ['2', '2'],
      tolerance: null,
      credited: [{ text: '5', credit: 1, tolerance: 0.5 }],
    });
  });

  it('the "~" part is the feedback for any other answer; it never accepts', () => {
    const q = one('Năm sinh? {#1822:5 ~#Sai hoàn toàn}');
    expect(q.answer).toEqual({ accepted: ['1822'], tolerance: 5 });
    expect(q.feedback).toEqual({ incorrect: 'Sai hoàn toàn' });
  });

  it('reports a value that is not a number, and a reversed range, with their line', () => {
    const q = one('Bao nhiêu?\n{#\n=abc\n=5..1\n}');
    expect(q.problems.map((p) => [p.code, p.location])).toEqual(
      expect.arrayContaining([
        ['NOT_NUMERIC', 'dòng 3'],
        ['SYNTAX', 'dòng 4'],
      ]),
    );
  });
});
