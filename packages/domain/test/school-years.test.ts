import { describe, expect, it } from 'vitest';
import {
  calendarProblem,
  lastGradeOf,
  nextClassName,
  targetPercentValid,
  usualCalendar,
  yearsOverlap,
} from '../src/school-years.js';

describe('school years', () => {
  it('gives a year named by its code the usual calendar, semester 2 from the 19th week', () => {
    expect(usualCalendar('2025-2026')).toEqual({
      code: '2025-2026',
      startDate: '2025-09-05',
      endDate: '2026-05-31',
      semester1End: '2026-01-08',
      semester2Start: '2026-01-09',
    });
  });

  it('checks the code and the order of the dates', () => {
    const year = usualCalendar('2026-2027');
    expect(calendarProblem(year)).toBeNull();
    expect(calendarProblem({ ...year, code: '2026-2028' })).toBe('SCHOOL_YEAR_CODE_INVALID');
    expect(calendarProblem({ ...year, code: '26-27' })).toBe('SCHOOL_YEAR_CODE_INVALID');
    expect(calendarProblem({ ...year, startDate: '2027-09-05' })).toBe('SCHOOL_YEAR_DATES_INVALID');
    expect(calendarProblem({ ...year, semester2Start: year.semester1End })).toBe('SCHOOL_YEAR_DATES_INVALID');
    expect(calendarProblem({ ...year, endDate: '2027-01-01' })).toBe('SCHOOL_YEAR_DATES_INVALID');
  });

  it('finds overlapping years, a shared day included', () => {
    const a = { startDate: '2026-09-05', endDate: '2027-05-31' };
    expect(yearsOverlap(a, { startDate: '2027-05-31', endDate: '2028-05-31' })).toBe(true);
    expect(yearsOverlap(a, { startDate: '2027-06-01', endDate: '2028-05-31' })).toBe(false);
  });

  it('moves a class name up a grade and keeps the rest', () => {
    expect(nextClassName('6A', 6)).toBe('7A');
    expect(nextClassName('9A1', 9)).toBe('10A1');
    expect(nextClassName('10 Toán', 10)).toBe('11 Toán');
    expect(nextClassName('1', 1)).toBe('2');
    // A name that does not start with its grade is kept as it is.
    expect(nextClassName('Lớp Hoa Sen', 3)).toBe('Lớp Hoa Sen');
    expect(nextClassName('12A', 1)).toBe('12A');
  });

  it('knows the grade that leaves a school', () => {
    expect(lastGradeOf(['primary'])).toBe(5);
    expect(lastGradeOf(['primary', 'lower_secondary'])).toBe(9);
    expect(lastGradeOf(['lower_secondary', 'upper_secondary'])).toBe(12);
    expect(lastGradeOf(['continuing'])).toBe(12);
  });

  it('keeps targets between 0 and 100 %', () => {
    expect([0, 5.5, 100].every(targetPercentValid)).toBe(true);
    expect([-0.1, 100.01, Number.NaN, Number.POSITIVE_INFINITY].some(targetPercentValid)).toBe(false);
  });
});
