import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateValue,
  daysBetween,
  fromVietnamDateTime,
  isoDate,
  schoolYearOfDay,
  vietnamDate,
  vietnamDateTime,
  vietnamDayStart,
  vietnamMonth,
  vietnamWallClock,
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

describe('Vietnam wall-clock time', () => {
  it('reads and writes wall-clock times in Vietnam, whatever the process TZ', () => {
    expect(vietnamDateTime(new Date('2026-03-01T23:00:00Z'))).toBe('2026-03-02T06:00');
    expect(vietnamDateTime(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02T00:00');
    expect(fromVietnamDateTime('2026-03-02T06:00')?.toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(fromVietnamDateTime('2026-03-02T06:00:30')?.toISOString()).toBe('2026-03-01T23:00:30.000Z');
    expect(fromVietnamDateTime('2026-03-02')).toBeNull();
    expect(fromVietnamDateTime('2026-02-30T25:00')).toBeNull();
    const at = new Date('2026-11-20T01:02:00Z');
    expect(fromVietnamDateTime(vietnamDateTime(at))?.getTime()).toBe(at.getTime());
  });

  it('gives a spreadsheet cell the Vietnamese wall clock', () => {
    expect(vietnamWallClock(new Date('2026-03-01T23:30:00Z')).toISOString()).toBe('2026-03-02T06:30:00.000Z');
  });

  it('turns the school year over on 1 August in Vietnam', () => {
    expect(schoolYearOfDay('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOfDay('2026-08-01')).toBe('2026-2027');
    expect(schoolYearOfDay('2027-01-15')).toBe('2026-2027');
    // 31 July 18:00 UTC is already 1 August in Vietnam.
    expect(schoolYearOfDay(vietnamDate(new Date('2026-07-31T18:00:00Z')))).toBe('2026-2027');
  });
});
