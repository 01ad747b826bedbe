import { describe, expect, it } from 'vitest';
import { learningByLevel, learningFigure, learningInstants, learningPeriod, monthEnd } from '../src/index.js';

const year = {
  startDate: '2026-09-05',
  endDate: '2027-05-31',
  semester1End: '2027-01-08',
  semester2Start: '2027-01-09',
};

describe('học sinh học trực tuyến: the period and its figures', () => {
  it('takes the year, a semester or a month of it, up to the report date', () => {
    expect(learningPeriod(year, {})).toEqual({ from: '2026-09-05', to: '2027-05-31' });
    expect(learningPeriod(year, { semester: '2' })).toEqual({ from: '2027-01-09', to: '2027-05-31' });
    expect(learningPeriod(year, { month: '2027-02', semester: '1' })).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
    expect(learningPeriod(year, { month: '2026-09' }).from).toBe('2026-09-05');
    expect(learningPeriod(year, { asOf: '2026-11-20' })).toEqual({ from: '2026-09-05', to: '2026-11-20' });
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('starts and ends the period at midnight in Vietnam, whatever the process zone', () => {
    const { start, end } = learningInstants({ from: '2026-10-01', to: '2026-10-31' });
    expect(start.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(end.toISOString()).toBe('2026-10-31T17:00:00.000Z');
  });

  it('rolls grades up into levels and compares each with the target', () => {
    const row = (grade: number, students: number, learning: number) => ({
      grade,
      students,
      learning,
      quiz: learning,
      practice: 0,
      lecture: 0,
    });
    const levels = learningByLevel([row(1, 10, 9), row(7, 10, 2), row(11, 20, 10)], 0.9);
    expect(levels.map((l) => [l.level, l.figure.learning, l.figure.students, l.figure.status])).toEqual([
      ['primary', 9, 10, 'reached'],
      ['secondary', 12, 30, 'below'],
      ['lower_secondary', 2, 10, 'below'],
      ['upper_secondary', 10, 20, 'below'],
    ]);
    expect(learningFigure(row(6, 0, 0), null)).toMatchObject({ share: null, status: 'no_target' });
  });
});
