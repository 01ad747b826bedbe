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

/** Vietnam's offset from UTC: +07:00 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET = '+07:00';
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const minuteFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Vietnam at an instant, to the minute: 'YYYY-MM-DDTHH:mm'. */
export function vietnamDateTime(instant: Date): string {
  const part = Object.fromEntries(minuteFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** A wall-clock time in Vietnam ('YYYY-MM-DDTHH:mm[:ss]') as the instant it names; null if malformed. */
export function fromVietnamDateTime(local: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (!match) return null;
  const instant = new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}${VIETNAM_OFFSET}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * The instant shifted so that its UTC reading is Vietnam's wall clock: what a spreadsheet cell
 * holds (a cell has no zone; ExcelJS writes a `Date` by its UTC fields).
 */
export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}

/** The school year a Vietnamese day falls in ('2026-2027'): a year turns over on 1 August. */
export function schoolYearOfDay(day: CalendarDate): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** The instant a Vietnamese day begins (00:00 at +07:00). */
export function vietnamDayStart(day: CalendarDate): Date {
  return new Date(`${day}T00:00:00${VIETNAM_OFFSET}`);
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
