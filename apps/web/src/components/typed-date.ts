import type { CalendarDate } from '@hoclieu/domain';
import { vietnamFormat } from './vietnam-format';

/** A calendar date as a Vietnamese teacher types and reads it: 'YYYY-MM-DD' -> "12/05/2026". */
export function shownDate(day: CalendarDate): string {
  return day ? vietnamFormat('vi').day(day) : '';
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What was typed, read as a calendar date 'YYYY-MM-DD': "12/05/2026", "12-5-2026", "12.05.2026",
 * "12052026" (day first, always) or an ISO "2026-05-12"; null when it is not a real day.
 */
export function typedDate(text: string): CalendarDate | null {
  const value = text.trim();
  const iso = ISO_DAY.exec(value);
  const parts = iso
    ? [iso[3], iso[2], iso[1]]
    : (DAY_MONTH_YEAR.exec(value) ?? DIGITS_ONLY.exec(value))?.slice(1);
  if (!parts) return null;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  // A day is checked on the calendar itself (31/02 is no day), at UTC midnight: no zone can shift it.
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A wall-clock time 'YYYY-MM-DDTHH:mm' (what `datetime-local` holds) as shown: "20/11/2026 07:30". */
export function shownDateTime(local: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return match?.[1] && match[2] ? `${shownDate(match[1])} ${match[2]}` : '';
}

/**
 * What was typed, read as a wall-clock time 'YYYY-MM-DDTHH:mm': "20/11/2026 7:30" (a 24-hour clock,
 * day first) or an ISO "2026-11-20T07:30"; null while it is not a whole date and time.
 */
export function typedDateTime(text: string): string | null {
  const match = /^(.+?)(?:\s+|T)(\d{1,2})[:h](\d{2})$/.exec(text.trim());
  if (!match?.[1]) return null;
  const day = typedDate(match[1]);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (day === null || hour > 23 || minute > 59) return null;
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
