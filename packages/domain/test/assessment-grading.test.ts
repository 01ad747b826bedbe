import { describe, expect, it } from 'vitest';
import {
  defaultPoints,
  gradePart,
  roundScore,
  type StudentAnswer,
  shortAnswerMatches,
  trueFalseFraction,
} from '../src/assessment/index.js';
import { allOrNothing, option, part, proportional } from './question-builders.js';

// Key: B.
const singleChoice = part({ options: ['A', 'B', 'C', 'D'].map((label) => option(label, label === 'B')) });
// Key: a) Đúng, b) Sai, c) Đúng, d) Sai.
const trueFalse = part({
  type: 'true_false_group',
  statements: [
    { label: 'a', html: 'a', correct: true },
    { label: 'b', html: 'b', correct: false },
    { label: 'c', html: 'c', correct: true },
    { label: 'd', html: 'd', correct: false },
  ],
});
// Key: A, C (2 correct of 5).
const multipleSelect = part({
  type: 'multiple_select',
  options: ['A', 'B', 'C', 'D', 'E'].map((label) => ({
    label: label as 'A',
    html: label,
    correct: label === 'A' || label === 'C',
  })),
});
const shortAnswer = (accepted: string[], tolerance: number | null = null) =>
  part({ type: 'short_answer', answer: { accepted, tolerance } });

describe('defaultPoints', () => {
  it.each([
    ['single_choice', 'vat-li', 0.25],
    ['multiple_select', null, 0.25],
    ['true_false_group', 'toan', 1],
    ['short_answer', 'vat-li', 0.25],
    ['short_answer', null, 0.25],
    ['short_answer', 'toan', 0.5],
    ['essay', 'ngu-van', 1],
    ['group', 'toan', 0],
  ] as const)('%s in %s: %s', (type, subject, points) => {
    expect(defaultPoints(type, subject)).toBe(points);
  });
});

describe('trueFalseFraction', () => {
  it.each([
    [0, 0],
    [1, 0.1],
    [2, 0.25],
    [3, 0.5],
    [4, 1],
  ])('%i of 4 statements right earns %s', (right, share) => {
    expect(trueFalseFraction(right)).toBe(share);
  });

  it.each([
    // 3 statements: right × 4/3 rounded down → 0, 1.33→1, 2.67→2, 4.
    [0, 3, 0],
    [1, 3, 0.1],
    [2, 3, 0.25],
    [3, 3, 1],
    // 2 statements: right × 2 → 0, 2, 4.
    [1, 2, 0.25],
    [2, 2, 1],
    [1, 1, 1],
  ])('%i of %i statements right earns %s', (right, count, share) => {
    expect(trueFalseFraction(right, count)).toBe(share);
  });
});

describe('gradePart: Đúng/Sai, 2025 examples', () => {
  const answers: [string, StudentAnswer['statements'], number, string][] = [
    ['0 right', { a: false, b: true, c: false, d: true }, 0, 'wrong'],
    ['1 right', { a: true, b: true, c: false, d: true }, 0.1, 'partial'],
    ['2 right', { a: true, b: false, c: false, d: true }, 0.25, 'partial'],
    ['3 right', { a: true, b: false, c: true, d: true }, 0.5, 'partial'],
    ['4 right', { a: true, b: false, c: true, d: false }, 1, 'correct'],
    ['2 right, 2 left blank', { a: true, b: false }, 0.25, 'partial'],
    ['nothing answered', {}, 0, 'blank'],
  ];
  it.each(answers)('%s', (_name, statements, score, status) => {
    expect(gradePart(trueFalse, { statements }, 1, allOrNothing)).toEqual({ score, max: 1, status });
  });

  it('scales with the points and rounds to hundredths', () => {
    const oneRight = { statements: { a: true } };
    expect(gradePart(trueFalse, oneRight, 2, allOrNothing).score).toBe(0.2);
    // 0.25 × 0.1 = 0.025 → 0.03 (half up).
    expect(gradePart(trueFalse, oneRight, 0.25, allOrNothing).score).toBe(0.03);
  });
});

describe('gradePart: single choice', () => {
  it.each([
    [{ choice: 'B' }, 0.25, 'correct'],
    [{ choice: 'A' }, 0, 'wrong'],
    [{ choice: 'Z' }, 0, 'wrong'],
    [{ choice: '' }, 0, 'blank'],
    [{}, 0, 'blank'],
    [undefined, 0, 'blank'],
  ] as const)('%j → %s %s', (answer, score, status) => {
    expect(gradePart(singleChoice, answer, 0.25, allOrNothing)).toEqual({ score, max: 0.25, status });
  });
});

describe('gradePart: multiple select', () => {
  it.each([
    // [picks, all or nothing, proportional = max(0, right − wrong) / 2 × 1]
    [['A', 'C'], 1, 'correct', 1, 'correct'],
    [['C', 'A', 'A'], 1, 'correct', 1, 'correct'],
    [['A'], 0, 'wrong', 0.5, 'partial'],
    [['A', 'C', 'E'], 0, 'wrong', 0.5, 'partial'],
    [['A', 'B'], 0, 'wrong', 0, 'wrong'],
    [['A', 'B', 'C', 'D', 'E'], 0, 'wrong', 0, 'wrong'],
    [['B'], 0, 'wrong', 0, 'wrong'],
    [[], 0, 'blank', 0, 'blank'],
  ] as const)('%j', (choices, whole, wholeStatus, share, shareStatus) => {
    const answer = { choices: [...choices] };
    expect(gradePart(multipleSelect, answer, 1, allOrNothing)).toEqual({
      score: whole,
      max: 1,
      status: wholeStatus,
    });
    expect(gradePart(multipleSelect, answer, 1, proportional)).toEqual({
      score: share,
      max: 1,
      status: shareStatus,
    });
  });

  it('rounds proportional thirds to hundredths', () => {
    const threeKeys = part({
      type: 'multiple_select',
      options: ['A', 'B', 'C', 'D'].map((label) => ({
        label: label as 'A',
        html: label,
        correct: label !== 'D',
      })),
    });
    // 1 of 3 right × 0.5 = 0.1666… → 0.17.
    expect(gradePart(threeKeys, { choices: ['A'] }, 0.5, proportional).score).toBe(0.17);
  });
});

describe('gradePart: short answer', () => {
  it.each([
    ['0,5', ['0.5'], null, true],
    ['0.5', ['0,5'], null, true],
    [' 0,50 ', ['0,5'], null, true],
    ['−1,5', ['-1.5'], null, true],
    ['-1,5', ['−1,5'], null, true],
    ['1 500', ['1500'], null, true],
    ['0,6', ['0,5'], null, false],
    ['1,55', ['1,5'], 0.05, true],
    ['1,45', ['1,5'], 0.05, true],
    ['1,56', ['1,5'], 0.05, false],
    ['3', ['2', '3'], null, true],
    ['1/2', ['0,5'], null, false],
    ['  Fe2O3 ', ['fe2o3'], null, true],
    ['Hà  Nội', ['hà nội'], null, true],
  ])('%j against %j (tolerance %s): %s', (typed, accepted, tolerance, matches) => {
    expect(shortAnswerMatches({ accepted, tolerance }, typed)).toBe(matches);
    const grade = gradePart(shortAnswer(accepted, tolerance), { text: typed }, 0.5, allOrNothing);
    expect(grade).toEqual({ score: matches ? 0.5 : 0, max: 0.5, status: matches ? 'correct' : 'wrong' });
  });

  it('matches text typed in decomposed Unicode', () => {
    expect(shortAnswerMatches({ accepted: ['Hà Nội'], tolerance: null }, 'Hà Nội'.normalize('NFD'))).toBe(
      true,
    );
  });

  it.each([[undefined], [{}], [{ text: '' }], [{ text: '   ' }]])('%j is blank', (answer) => {
    expect(gradePart(shortAnswer(['2']), answer, 0.25, allOrNothing).status).toBe('blank');
  });

  it('marks an answer wrong when the question has no key', () => {
    expect(gradePart(part({ type: 'short_answer' }), { text: '2' }, 0.25, allOrNothing).status).toBe('wrong');
  });
});

describe('gradePart: essay', () => {
  it('is left for the teacher, answered or not', () => {
    const essay = part({ type: 'essay', rubric: '<p>Hướng dẫn chấm</p>' });
    expect(gradePart(essay, { text: 'Bài làm' }, 2, allOrNothing)).toEqual({
      score: 0,
      max: 2,
      status: 'manual',
    });
    expect(gradePart(essay, undefined, 2, allOrNothing)).toEqual({ score: 0, max: 2, status: 'manual' });
  });
});

describe('roundScore', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [0.285, 0.29],
    [0.025, 0.03],
    [1 / 3, 0.33],
    [2 / 3, 0.67],
    [9.995, 10],
    [0, 0],
  ])('%s → %s', (value, rounded) => {
    expect(roundScore(value)).toBe(rounded);
  });
});
