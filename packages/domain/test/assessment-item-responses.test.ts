import { describe, expect, it } from 'vitest';
import { essayBands, shortAnswerDistribution } from '../src/assessment/index.js';

describe('shortAnswerDistribution', () => {
  const key = { accepted: ['0,5'], tolerance: null, credited: [{ text: '1', credit: 0.5, tolerance: null }] };

  it('groups typed answers as the grader reads them and marks the credit', () => {
    const d = shortAnswerDistribution(
      ['0,5', '0.5', ' 0,50 ', '1/2', '', null, '1', 'Một nửa', ' một  NửA'],
      key,
    );
    expect(d.top).toEqual([
      { text: '0,5', count: 3, credit: 1 },
      { text: 'Một nửa', count: 2, credit: 0 },
      { text: '1/2', count: 1, credit: 0 },
      { text: '1', count: 1, credit: 0.5 },
    ]);
    expect(d.other).toBe(0);
    expect(d.blank).toBe(2);
  });

  it('bounds the list and counts the rest as other', () => {
    const typed = ['a', 'a', 'b', 'c', 'd'];
    const d = shortAnswerDistribution(typed, null, 2);
    expect(d.top.map((r) => [r.text, r.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(d.other).toBe(2);
  });
});

describe('essayBands', () => {
  it('bands graded scores by share of the points and counts the ungraded apart', () => {
    const d = essayBands([
      { score: 0, max: 4, graded: true },
      { score: 1, max: 4, graded: true },
      { score: 1.5, max: 4, graded: true },
      { score: 3, max: 4, graded: true },
      { score: 4, max: 4, graded: true },
      { score: 0, max: 4, graded: false },
      { score: 0, max: 4, graded: false },
    ]);
    expect(d.bands.map((b) => b.count)).toEqual([1, 1, 1, 1, 1]);
    expect(d.bands.map((b) => [b.from, b.to])).toEqual([
      [0, 0],
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ]);
    expect(d.ungraded).toBe(2);
  });
});
