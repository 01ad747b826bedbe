import { describe, expect, it } from 'vitest';
import {
  type CurriculumRow,
  classProgramme,
  combinationWeights,
  elapsedFraction,
  shareStatus,
  targetFor,
} from '../src/index.js';

const curriculum: CurriculumRow[] = [
  { grade: 10, subjectCode: 'toan', periodsPerYear: 105, kind: 'compulsory' },
  { grade: 10, subjectCode: 'vat-li', periodsPerYear: 70, kind: 'elective' },
  { grade: 10, subjectCode: 'sinh-hoc', periodsPerYear: 70, kind: 'elective' },
  { grade: 10, subjectCode: 'dia-li', periodsPerYear: 70, kind: 'elective' },
  { grade: 10, subjectCode: 'chuyen-de-hoc-tap', periodsPerYear: 35, kind: 'elective' },
  { grade: 10, subjectCode: 'ngoai-ngu-2', periodsPerYear: 105, kind: 'optional' },
];

describe('reporting arithmetic', () => {
  it('builds a class programme from compulsory subjects, its electives and three topic clusters', () => {
    expect(classProgramme(10, ['vat-li'], curriculum)).toEqual([
      { subjectCode: 'toan', periods: 105 },
      { subjectCode: 'vat-li', periods: 70 },
      { subjectCode: 'chuyen-de-hoc-tap', periods: 105 },
    ]);
  });

  it('weighs combinations by the days each was in force', () => {
    const start = new Date('2026-09-05T00:00:00Z');
    const end = new Date('2027-05-31T00:00:00Z');
    // 269 days: Sinh until 9 Jan (126 days), Địa after (143 days).
    const weights = combinationWeights(
      ['dia-li'],
      [{ until: '2027-01-09', subjects: ['sinh-hoc'] }],
      start,
      end,
    );
    expect(weights).toEqual([
      { subjects: ['sinh-hoc'], weight: 126 / 269 },
      { subjects: ['dia-li'], weight: 143 / 269 },
    ]);
    const periods = Object.fromEntries(
      classProgramme(10, ['dia-li'], curriculum, weights).map((p) => [p.subjectCode, p.periods]),
    );
    expect(periods['sinh-hoc']! + periods['dia-li']!).toBeCloseTo(70, 10);
  });

  it('judges a share: reached, on track pro rata, below; targets by the latest year', () => {
    expect(shareStatus(10, 100, 0.1, 0.5)).toBe('reached');
    expect(shareStatus(5, 100, 0.1, 0.5)).toBe('on_track');
    expect(shareStatus(4, 100, 0.1, 0.5)).toBe('below');
    expect(shareStatus(4, 100, null, 0.5)).toBe('no_target');
    expect(elapsedFraction(new Date('2026-10-10T00:00:00Z'), new Date('2026-09-05T00:00:00Z'))).toBeCloseTo(
      5 / 35,
      10,
    );
    const targets = [
      { kpi: 'k', scope: 's', year: 2024, targetPercent: 7 },
      { kpi: 'k', scope: 's', year: 2025, targetPercent: 10 },
    ];
    expect(targetFor(targets, 'k', 's', 2027)).toBe(0.1);
    expect(targetFor(targets, 'k', 's', 2024)).toBe(0.07);
    expect(targetFor(targets, 'k', 's', 2023)).toBeNull();
  });
});
