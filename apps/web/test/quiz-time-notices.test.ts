import { describe, expect, it } from 'vitest';
import { passedTimeMark } from '../src/quiz-app/time-notices';

const min = 60_000;

describe('the time left said to screen readers', () => {
  it('speaks as the countdown passes 10, 5 and 1 minutes, not at each second', () => {
    expect(passedTimeMark(10 * min + 1000, 10 * min)).toBe(10);
    expect(passedTimeMark(5 * min + 500, 5 * min - 500)).toBe(5);
    expect(passedTimeMark(min + 1000, min)).toBe(1);
    expect(passedTimeMark(10 * min, 10 * min - 1000)).toBeNull();
    expect(passedTimeMark(12 * min, 11 * min)).toBeNull();
    expect(passedTimeMark(30 * min, 30 * min)).toBeNull();
  });

  it('says the smallest mark when a sleeping phone wakes past several', () => {
    expect(passedTimeMark(12 * min, 4 * min)).toBe(5);
    expect(passedTimeMark(12 * min, 30_000)).toBe(1);
  });
});
