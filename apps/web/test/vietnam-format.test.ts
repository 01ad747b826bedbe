import { describe, expect, it } from 'vitest';
import {
  fromVietnamInput,
  toVietnamInput,
  vietnamFormat,
  vietnamToday,
} from '../src/components/vietnam-format';

// CI runs this file under TZ=UTC, Asia/Ho_Chi_Minh and America/Los_Angeles: the output never changes.
describe('dates and times shown in Vietnam time', () => {
  const vi = vietnamFormat('vi');
  const en = vietnamFormat('en');

  it('shows an instant at its time in Vietnam', () => {
    // 23:30 UTC on 19 Nov is 06:30 on 20 Nov in Vietnam.
    expect(vi.dateTime('2026-11-19T23:30:00Z')).toBe('06:30 20/11/2026');
    expect(en.dateTime('2026-11-19T23:30:00Z')).toBe('20/11/2026, 06:30');
    expect(vi.date('2026-11-19T23:30:00Z')).toBe('20/11/2026');
    expect(vi.date('2026-11-19T16:59:59Z')).toBe('19/11/2026');
  });

  it('shows calendar dates and months as they are, without shifting a day', () => {
    expect(vi.day('2027-01-12')).toBe('12/01/2027');
    expect(en.day('2027-01-12')).toBe('12/01/2027');
    expect(vi.month('2026-09')).toBe('9/2026');
    expect(en.month('2026-11')).toBe('11/2026');
    expect(vi.day('not a date')).toBe('not a date');
  });

  it('reads and fills datetime fields as Vietnam wall clock whatever the device zone', () => {
    expect(fromVietnamInput('2026-11-20T06:00')).toBe('2026-11-19T23:00:00.000Z');
    expect(fromVietnamInput('2026-11-20T06:00:00')).toBe('2026-11-19T23:00:00.000Z');
    expect(fromVietnamInput('2026-11-20T0')).toBeNull();
    expect(toVietnamInput(new Date('2026-11-19T23:00:00Z'))).toBe('2026-11-20T06:00');
  });

  it('takes today as the day in Vietnam', () => {
    expect(vietnamToday(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(vietnamToday(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
  });
});
