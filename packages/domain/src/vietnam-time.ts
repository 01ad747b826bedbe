/**
 * Instants and calendar dates. An instant is a `Date` (stored as `timestamptz`); a calendar date is a
 * 'YYYY-MM-DD' day in Vietnam (Asia/Ho_Chi_Minh), whatever the server's `TZ`. A `date` column comes
 * back from Prisma as that day's UTC midnight, so `isoDate`/`dateValue` convert between the two.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar date, 'YYYY-MM-DD'. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day in Vietnam at an instant: 23:30 UTC is already the next day there. */
export function vietnamDate(instant: Date): CalendarDate {
  return dayFormat.format(instant);
}

/** The month in Vietnam at an instant, 'YYYY-MM'. */
export function vietnamMonth(instant: Date): string {
  return vietnamDate(instant).slice(0, 7);
}

/** The instant a Vietnamese day begins (00:00 at +07:00). */
export function vietnamDayStart(day: CalendarDate): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** A calendar date held as UTC midnight (Prisma's `@db.Date`) as 'YYYY-MM-DD'. */
export function isoDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' as the UTC-midnight `Date` that Prisma writes to a `date` column. */
export function dateValue(day: CalendarDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The calendar date `days` after `day`. */
export function addDays(day: CalendarDate, days: number): CalendarDate {
  return isoDate(new Date(dateValue(day).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((dateValue(to).getTime() - dateValue(from).getTime()) / DAY_MS);
}
