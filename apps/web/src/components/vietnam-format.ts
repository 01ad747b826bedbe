import {
  type CalendarDate,
  fromVietnamDateTime,
  VIETNAM_TIME_ZONE,
  vietnamDate,
  vietnamDateTime,
} from '@hoclieu/domain';
import { useTranslation } from 'react-i18next';

/**
 * Every date and time the web app shows, in Vietnam's time (Asia/Ho_Chi_Minh) whatever the
 * device's zone, in the reader's language with day-month order and a 24-hour clock. Instants come
 * from the API as ISO strings; calendar dates (a lesson's day, a report's "as of") as 'YYYY-MM-DD'
 * and months as 'YYYY-MM', which are already Vietnamese days and are shown as they are.
 */
export interface VietnamFormat {
  /** An instant as a date and time: "07:30 20/11/2026" / "20/11/2026, 07:30". */
  dateTime(iso: string): string;
  /** An instant as the Vietnamese day it falls on: "20/11/2026". */
  date(iso: string): string;
  /** A calendar date 'YYYY-MM-DD' as written: "15/01/2027"; kept as is when unparsable. */
  day(day: string): string;
  /** A month 'YYYY-MM' as written: "9/2026"; kept as is when unparsable. */
  month(month: string): string;
}

const localeOf = (language: string) => (language.startsWith('en') ? 'en-GB' : 'vi-VN');
const formats = new Map<string, VietnamFormat>();

/** The formatter of a language (built once per language: Intl formatters are costly to create). */
export function vietnamFormat(language: string): VietnamFormat {
  const locale = localeOf(language);
  const known = formats.get(locale);
  if (known) return known;
  const inVietnam = { timeZone: VIETNAM_TIME_ZONE, hourCycle: 'h23' } as const;
  const dateParts = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
  const dateTime = new Intl.DateTimeFormat(locale, {
    ...inVietnam,
    ...dateParts,
    hour: '2-digit',
    minute: '2-digit',
  });
  const date = new Intl.DateTimeFormat(locale, { ...inVietnam, ...dateParts });
  // A calendar date is a day, not an instant: formatted at its UTC midnight in UTC, it cannot shift.
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...dateParts });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'numeric', year: 'numeric' });
  const instant = (iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? null : at;
  };
  const format: VietnamFormat = {
    dateTime: (iso) => {
      const at = instant(iso);
      return at ? dateTime.format(at) : iso;
    },
    date: (iso) => {
      const at = instant(iso);
      return at ? date.format(at) : iso;
    },
    day: (value) => {
      const match = /^(\d{4}-\d{2}-\d{2})$/.exec(value.slice(0, 10));
      const at = match ? instant(`${match[1]}T00:00:00Z`) : null;
      return at ? day.format(at) : value;
    },
    month: (value) => {
      const at = /^\d{4}-\d{2}$/.test(value.slice(0, 7))
        ? instant(`${value.slice(0, 7)}-01T00:00:00Z`)
        : null;
      return at ? month.format(at) : value;
    },
  };
  formats.set(locale, format);
  return format;
}

/** The formatter of the reader's language. */
export function useVietnamFormat(): VietnamFormat {
  const { i18n } = useTranslation();
  return vietnamFormat(i18n.language);
}

/** Today in Vietnam, 'YYYY-MM-DD': the default of a date field (a device abroad still says Vietnam's day). */
export function vietnamToday(now: Date = new Date()): CalendarDate {
  return vietnamDate(now);
}

/** An instant as `<input type="datetime-local">` shows it: Vietnam's wall clock, to the minute. */
export function toVietnamInput(at: Date): string {
  return vietnamDateTime(at);
}

/** The input's value read as Vietnam's wall clock, as an ISO instant; null while incomplete. */
export function fromVietnamInput(value: string): string | null {
  return fromVietnamDateTime(value.slice(0, 16))?.toISOString() ?? null;
}
