import { describe, expect, it } from 'vitest';
import { type AttemptOutcome, itemStatistics, scoreDistribution } from '../src/assessment/index.js';

/*
 * Ten attempts with totals 10, 9, …, 1. 27 % of 10 rounds to 3: the upper group is totals 10, 9, 8,
 * the lower group totals 3, 2, 1.
 *
 * Item "1" (multiple choice, 0.25 points, key B): right in totals 10, 9, 8, 6, 4.
 *   facility = 5 / 10 = 0.5; upper 3/3 = 1, lower 0/3 = 0 → discrimination 1.
 *   picks: B ×5, A ×2 (7, 3), C ×1 (5), blank ×2 (2 picked nothing, 1 sent no choices).
 * Item "2" (Đúng/Sai, 1 point): scores 1, 0.5, 0.25, 1, 0.1, 0.5, 0, 1, 0.25, 0.1 (totals 10 … 1).
 *   facility = 4.7 / 10 = 0.47; upper (1 + 0.5 + 0.25) / 3 = 0.5833…, lower (1 + 0.25 + 0.1) / 3 = 0.45
 *   → discrimination 0.4 / 3 = 0.1333…; no options.
 * Item "3" (short answer, 0.5 points): missing from the attempt with total 1, so 9 attempts;
 *   right (0.5) in totals 10, 9, 7, 4 → facility = 4 / 9 = 0.444…; discrimination null (< 10).
 */
const item1: [number, string[] | undefined][] = [
  [0.25, ['B']],
  [0.25, ['B']],
  [0.25, ['B']],
  [0, ['A']],
  [0.25, ['B']],
  [0, ['C']],
  [0.25, ['B']],
  [0, ['A']],
  [0, []],
  [0, undefined],
];
const item2 = [1, 0.5, 0.25, 1, 0.1, 0.5, 0, 1, 0.25, 0.1];
const item3 = [0.5, 0.5, 0, 0.5, 0, 0, 0.5, 0, 0];

const attempts: AttemptOutcome[] = item2.map((score2, i) => {
  const [score1, choices] = item1[i]!;
  const score3 = item3[i];
  return {
    total: 10 - i,
    items: {
      '1': { score: score1, max: 0.25, ...(choices ? { choices } : {}) },
      '2': { score: score2, max: 1 },
      ...(score3 === undefined ? {} : { '3': { score: score3, max: 0.5 } }),
    },
  };
});

describe('itemStatistics', () => {
  const stats = itemStatistics(attempts);

  it('measures a choice question', () => {
    expect(stats['1']).toEqual({
      facility: 0.5,
      discrimination: 1,
      attempts: 10,
      ungraded: 0,
      optionCounts: { B: 5, A: 2, C: 1, blank: 2 },
    });
  });

  it('measures partial scores as shares of the points', () => {
    expect(stats['2']?.facility).toBeCloseTo(0.47, 10);
    expect(stats['2']?.discrimination).toBeCloseTo(0.4 / 3, 10);
    expect(stats['2']?.optionCounts).toEqual({});
  });

  it('gives no discrimination below 10 attempts of the item', () => {
    expect(stats['3']).toMatchObject({ attempts: 9, discrimination: null, optionCounts: {} });
    expect(stats['3']?.facility).toBeCloseTo(4 / 9, 10);
  });

  it('is empty without attempts', () => {
    expect(itemStatistics([])).toEqual({});
  });

  it('counts a question with options picked twice once', () => {
    const multi = itemStatistics([
      { total: 1, items: { x: { score: 0, max: 1, choices: ['A', 'A', 'C'] } } },
    ]);
    expect(multi.x?.optionCounts).toEqual({ A: 1, C: 1 });
  });

  it('measures an essay over its graded answers only, counting the ungraded apart', () => {
    const essay = itemStatistics([
      { total: 5, items: { e: { score: 2, max: 2, graded: true } } },
      { total: 4, items: { e: { score: 0, max: 2, graded: false } } },
      { total: 3, items: { e: { score: 1, max: 2, graded: true } } },
    ]);
    expect(essay.e).toMatchObject({ facility: 0.75, attempts: 2, ungraded: 1 });
  });

  it('gives no facility while nothing is graded', () => {
    const essay = itemStatistics([{ total: 0, items: { e: { score: 0, max: 2, graded: false } } }]);
    expect(essay.e).toMatchObject({ facility: null, discrimination: null, attempts: 0, ungraded: 1 });
  });
});

describe('scoreDistribution', () => {
  it('bins scores out of 10 in ten ranges, full marks in the last', () => {
    const bins = scoreDistribution([0, 0.5, 1, 4.75, 5, 6, 9.99, 10, 10], 10);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 1, 1, 1, 0, 0, 3]);
    expect(bins[0]).toEqual({ from: 0, to: 1, count: 2 });
    expect(bins[9]).toEqual({ from: 9, to: 10, count: 3 });
  });

  it('puts a score on an edge in the upper bin despite binary error', () => {
    // 0.7 + 0.1 = 0.7999999999999999 is a 0.8, not a 0.7; 0.1 + 0.2 = 0.30000000000000004 is a 0.3.
    const bins = scoreDistribution([0.3, 0.1 + 0.2, 0.6, 0.7 + 0.1], 1);
    expect(bins.map((b) => b.count)).toEqual([0, 0, 0, 2, 0, 0, 1, 0, 1, 0]);
    expect(bins[3]).toEqual({ from: 0.3, to: 0.4, count: 2 });
  });

  it('takes other bin counts and clamps stray scores', () => {
    expect(scoreDistribution([-1, 2.5, 7.4, 12], 10, 4)).toEqual([
      { from: 0, to: 2.5, count: 1 },
      { from: 2.5, to: 5, count: 1 },
      { from: 5, to: 7.5, count: 1 },
      { from: 7.5, to: 10, count: 1 },
    ]);
    expect(scoreDistribution([], 10, 2).map((b) => b.count)).toEqual([0, 0]);
  });

  it('refuses an empty scale', () => {
    expect(() => scoreDistribution([1], 0)).toThrow(RangeError);
    expect(() => scoreDistribution([1], 10, 0)).toThrow(RangeError);
  });
});
