import { describe, expect, it } from 'vitest';
import { practiceDifficulty, practises, priorDifficulty } from '../src/practice/practice-rules.js';

const actor = (role: 'student' | 'teacher') => ({
  userId: 'u',
  role,
  provinceId: null,
  districtId: null,
  schoolId: null,
});

describe('practice rules', () => {
  it('lets students practise, nobody else', () => {
    expect(practises(actor('student'))).toBe(true);
    expect(practises(actor('teacher'))).toBe(false);
  });

  it('takes a prior difficulty from the author’s 1–5, else the level, else average', () => {
    expect(priorDifficulty({ difficulty: 1, level: 'van_dung' })).toBeCloseTo(-1.2);
    expect(priorDifficulty({ difficulty: 3, level: null })).toBe(0);
    expect(priorDifficulty({ difficulty: 5, level: null })).toBeCloseTo(1.2);
    expect(priorDifficulty({ difficulty: null, level: 'biet' })).toBeLessThan(0);
    expect(priorDifficulty({ difficulty: null, level: 'van_dung' })).toBeGreaterThan(0);
    expect(priorDifficulty({ difficulty: null, level: null })).toBe(0);
  });

  it('prefers the estimate from answers over the prior', () => {
    expect(practiceDifficulty({ estimatedDifficulty: 0.3, difficulty: 1, level: null })).toBe(0.3);
    expect(practiceDifficulty({ estimatedDifficulty: null, difficulty: 1, level: null })).toBeCloseTo(-1.2);
  });
});
