import { describe, expect, it } from 'vitest';
import { difficultyFor, eloStep, eloUpdate, expectedScore } from '../src/practice/elo.js';

describe('Elo estimates of ability and difficulty', () => {
  it('gives even odds when ability equals difficulty, better odds above it', () => {
    expect(expectedScore(0, 0)).toBeCloseTo(0.5);
    expect(expectedScore(1, 0)).toBeCloseTo(0.731, 3);
    expect(expectedScore(-1, 0)).toBeCloseTo(0.269, 3);
  });

  it('moves ability up and difficulty down on a surprising right answer, less as answers pile up', () => {
    const first = eloUpdate({ rating: 0, answers: 0 }, { rating: 1, answers: 0 }, 1);
    expect(first.ability).toBeGreaterThan(0);
    expect(first.difficulty).toBeLessThan(1);
    const later = eloUpdate({ rating: 0, answers: 100 }, { rating: 1, answers: 100 }, 1);
    expect(later.ability).toBeLessThan(first.ability);
    expect(eloStep(100)).toBeLessThan(eloStep(0));
  });

  it('moves nothing when the answer is exactly as expected, and clamps scores to 0..1', () => {
    const even = eloUpdate({ rating: 0, answers: 3 }, { rating: 0, answers: 3 }, 0.5);
    expect(even).toEqual({ ability: 0, difficulty: 0 });
    expect(eloUpdate({ rating: 0, answers: 0 }, { rating: 0, answers: 0 }, 7)).toEqual(
      eloUpdate({ rating: 0, answers: 0 }, { rating: 0, answers: 0 }, 1),
    );
  });

  it('finds the difficulty a student succeeds at with the chance aimed for', () => {
    expect(expectedScore(0.4, difficultyFor(0.4, 0.7))).toBeCloseTo(0.7);
  });
});
