import type { SchoolLevel } from '@hoclieu/contracts';
import { addDays, type CalendarDate } from './vietnam-time.js';

/** A school year's calendar: the year and its two semesters (học kì 1 and 2), as calendar dates. */
export interface SchoolYearCalendar {
  code: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  semester1End: CalendarDate;
  semester2Start: CalendarDate;
}

/** Semester 1 is the first 18 of the 35 teaching weeks when a calendar does not say otherwise. */
const FIRST_SEMESTER_DAYS = 18 * 7;

/**
 * The usual calendar of a year named "2025-2026": 5 September to 31 May, semester 2 from the 19th
 * week. Used where a year appears without its own dates (a class import naming a new year).
 */
export function usualCalendar(code: string): SchoolYearCalendar {
  const start = Number(code.slice(0, 4));
  const startDate = `${start}-09-05`;
  return {
    code,
    startDate,
    endDate: `${start + 1}-05-31`,
    semester1End: addDays(startDate, FIRST_SEMESTER_DAYS - 1),
    semester2Start: addDays(startDate, FIRST_SEMESTER_DAYS),
  };
}

export type CalendarProblem = 'SCHOOL_YEAR_CODE_INVALID' | 'SCHOOL_YEAR_DATES_INVALID';

/**
 * What is wrong with a calendar, or null: the code is "YYYY-YYYY" of two consecutive years, the year
 * starts in its first calendar year, and start ≤ end of semester 1 < start of semester 2 ≤ end.
 */
export function calendarProblem(year: SchoolYearCalendar): CalendarProblem | null {
  const match = /^(\d{4})-(\d{4})$/.exec(year.code);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return 'SCHOOL_YEAR_CODE_INVALID';
  const ordered =
    year.startDate.slice(0, 4) === match[1] &&
    year.startDate <= year.semester1End &&
    year.semester1End < year.semester2Start &&
    year.semester2Start <= year.endDate;
  return ordered ? null : 'SCHOOL_YEAR_DATES_INVALID';
}

/** Whether two years share a day. */
export function yearsOverlap(
  a: Pick<SchoolYearCalendar, 'startDate' | 'endDate'>,
  b: Pick<SchoolYearCalendar, 'startDate' | 'endDate'>,
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

const lastGradeOfLevel: Record<SchoolLevel, number> = {
  primary: 5,
  lower_secondary: 9,
  upper_secondary: 12,
  continuing: 12,
};

/** The school's last grade: its classes leave the school at the roll-over instead of moving up. */
export function lastGradeOf(levels: SchoolLevel[]): number {
  return Math.max(0, ...levels.map((level) => lastGradeOfLevel[level]));
}

/**
 * The class's name a year later: the leading grade number goes up by one and the rest is kept
 * ("6A" -> "7A", "9A1" -> "10A1", "10 Toán" -> "11 Toán"). A name not starting with its grade stays.
 */
export function nextClassName(name: string, grade: number): string {
  const prefix = String(grade);
  const rest = name.slice(prefix.length);
  if (!name.startsWith(prefix) || /^\d/.test(rest)) return name;
  return `${grade + 1}${rest}`;
}

/** A target is a percentage: 0 to 100, at most two decimals as stored. */
export function targetPercentValid(percent: number): boolean {
  return Number.isFinite(percent) && percent >= 0 && percent <= 100;
}
