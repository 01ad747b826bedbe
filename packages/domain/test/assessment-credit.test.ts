import { describe, expect, it } from 'vitest';
import { gradePart, shortAnswerCredit } from '../src/assessment/index.js';
import { allOrNothing, option, part, proportional } from './question-builders.js';

describe('gradePart: single choice with credits', () => {
  // Key B; A is a 50 % distractor, C is worth nothing, D carries a stray negative credit.
  const halves = part({
    options: [option('A', false, 0.5), option('B', true), option('C', false, 0), option('D', false, -0.5)],
  });

  it.each([
    ['B', 1, 'correct'],
    ['A', 0.5, 'partial'],
    ['C', 0, 'wrong'],
    ['D', 0, 'wrong'],
    ['Z', 0, 'wrong'],
  ] as const)('choosing %s earns %s of 1 (%s)', (choice, score, status) => {
    expect(gradePart(halves, { choice }, 1, allOrNothing)).toEqual({ score, max: 1, status });
  });

  it('scales a partial credit with the points and rounds to hundredths', () => {
    const third = part({ options: [option('A', true), option('B', false, 1 / 3)] });
    expect(gradePart(third, { choice: 'B' }, 0.25, allOrNothing)).toEqual({
      score: 0.08,
      max: 0.25,
      status: 'partial',
    });
  });
});

describe('gradePart: multiple select with credits', () => {
  // Moodle style: A and C 50 % each, B and D −50 % (a wrong pick costs half).
  const negative = part({
    type: 'multiple_select',
    options: [
      option('A', true, 0.5),
      option('B', false, -0.5),
      option('C', true, 0.5),
      option('D', false, -0.5),
    ],
  });

  it.each([
    [['A', 'C'], 1, 'correct'],
    [['A'], 0.5, 'partial'],
    [['A', 'C', 'B'], 0.5, 'partial'],
    [['A', 'B'], 0, 'wrong'],
    [['B', 'D'], 0, 'wrong'],
    [['A', 'B', 'C', 'D'], 0, 'wrong'],
    [['A', 'A'], 0.5, 'partial'],
  ] as const)('%j earns %s (%s), whatever the test rule', (choices, score, status) => {
    for (const rules of [allOrNothing, proportional])
      expect(gradePart(negative, { choices: [...choices] }, 1, rules)).toEqual({ score, max: 1, status });
  });

  it('counts three thirds as whole', () => {
    const thirds = part({
      type: 'multiple_select',
      options: [
        option('A', true, 0.3333333),
        option('B', true, 0.3333333),
        option('C', true, 0.3333333),
        option('D', false, -1),
      ],
    });
    expect(gradePart(thirds, { choices: ['A', 'B', 'C'] }, 1, allOrNothing).status).toBe('correct');
    expect(gradePart(thirds, { choices: ['A', 'B', 'C', 'D'] }, 1, allOrNothing).status).toBe('wrong');
  });

  it('grades a question without credits by the test rule, as before', () => {
    const plain = part({
      type: 'multiple_select',
      options: [option('A', true), option('B', false), option('C', true), option('D', false)],
    });
    expect(gradePart(plain, { choices: ['A'] }, 1, allOrNothing)).toEqual({
      score: 0,
      max: 1,
      status: 'wrong',
    });
    expect(gradePart(plain, { choices: ['A'] }, 1, proportional)).toEqual({
      score: 0.5,
      max: 1,
      status: 'partial',
    });
    expect(gradePart(plain, { choices: ['A', 'B'] }, 1, proportional).status).toBe('wrong');
  });
});

describe('gradePart: short answer with credited answers', () => {
  // 12 is the key (±0); 12,5 earns 50 % within ±0,5 of its own; 10 earns 25 % exactly.
  const answer = {
    accepted: ['12'],
    tolerance: null,
    credited: [
      { text: '12,5', credit: 0.5, tolerance: 0.5 },
      { text: '10', credit: 0.25, tolerance: null },
    ],
  };
  const question = part({ type: 'short_answer', answer });

  it.each([
    ['12', 1, 'correct'],
    ['12,0', 1, 'correct'],
    ['12,9', 0.5, 'partial'],
    ['13', 0.5, 'partial'],
    ['13,1', 0, 'wrong'],
    ['12,1', 0.5, 'partial'],
    ['11,9', 0, 'wrong'],
    ['10', 0.25, 'partial'],
    ['10,1', 0, 'wrong'],
  ] as const)('%s earns %s (%s)', (text, share, status) => {
    expect(shortAnswerCredit(answer, text)).toBe(share);
    expect(gradePart(question, { text }, 1, allOrNothing)).toEqual({ score: share, max: 1, status });
  });

  it('takes the best of several matching credited answers', () => {
    const overlapping = {
      accepted: ['5'],
      tolerance: null,
      credited: [
        { text: '6', credit: 0.25, tolerance: 2 },
        { text: '6', credit: 0.75, tolerance: 0.5 },
      ],
    };
    expect(shortAnswerCredit(overlapping, '6')).toBe(0.75);
    expect(shortAnswerCredit(overlapping, '7')).toBe(0.25);
  });

  it('grades a question without credited answers exactly as before', () => {
    const plain = part({ type: 'short_answer', answer: { accepted: ['0,5'], tolerance: 0.05 } });
    expect(gradePart(plain, { text: '0.54' }, 0.5, allOrNothing)).toEqual({
      score: 0.5,
      max: 0.5,
      status: 'correct',
    });
    expect(gradePart(plain, { text: '0.56' }, 0.5, allOrNothing)).toEqual({
      score: 0,
      max: 0.5,
      status: 'wrong',
    });
  });
});
