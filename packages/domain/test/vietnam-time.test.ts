import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateValue,
  daysBetween,
  isoDate,
  vietnamDate,
  vietnamDayStart,
  vietnamMonth,
} from '../src/index.js';

describe('Vietnam time', () => {
  it('takes the day in Vietnam, whatever the process TZ', () => {
    expect(vietnamDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(vietnamDate(new Date('2026-03-01T16:59:59.999Z'))).toBe('2026-03-01');
    expect(vietnamDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    // A quiz given at 06:00 in Vietnam is that day's, not the day before (23:00 UTC).
    expect(vietnamDate(new Date('2026-03-01T23:00:00Z'))).toBe('2026-03-02');
    expect(vietnamMonth(new Date('2026-01-31T18:00:00Z'))).toBe('2026-02');
  });

  it('starts a Vietnamese day at 17:00 UTC the day before', () => {
    expect(vietnamDayStart('2026-03-02').toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(vietnamDate(vietnamDayStart('2026-03-02'))).toBe('2026-03-02');
  });

  it('converts date columns and counts days across months and leap years', () => {
    expect(isoDate(dateValue('2028-02-29'))).toBe('2028-02-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-09-05', '2027-05-31')).toBe(268);
  });
});
