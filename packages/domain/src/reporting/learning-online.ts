import type { LearningFigure, ReportLevel } from '@hoclieu/contracts';
import { addDays, type CalendarDate, vietnamDayStart } from '../vietnam-time.js';
import { reportLevelsOf } from './online-share.js';

/**
 * Học sinh học trực tuyến, counted from use: the period's days and its figures. The period is a
 * school year, one of its semesters or one of its months (Vietnam calendar); activity is an instant,
 * counted from the first instant of `from` in Vietnam to the first instant after `to`.
 */

export interface SchoolYearDates {
  startDate: CalendarDate;
  endDate: CalendarDate;
  semester1End: CalendarDate;
  semester2Start: CalendarDate;
}

export interface LearningPeriodQuery {
  semester?: '1' | '2' | undefined;
  /** 'YYYY-MM': wins over the semester. */
  month?: string | undefined;
  /** A report as of that day: activity after it is not counted. */
  asOf?: CalendarDate | undefined;
}

const later = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
const earlier = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);

/** The last day of a month 'YYYY-MM'. */
export function monthEnd(month: string): CalendarDate {
  const next = addDays(`${month}-28`, 4).slice(0, 7);
  return addDays(`${next}-01`, -1);
}

/**
 * The days counted, both included: the year, a semester or a month of the year (a month is cut to
 * the year's days), up to `asOf` when one is given. `from` after `to` is an empty period.
 */
export function learningPeriod(
  year: SchoolYearDates,
  query: LearningPeriodQuery,
): { from: CalendarDate; to: CalendarDate } {
  const [from, to] = query.month
    ? [later(`${query.month}-01`, year.startDate), earlier(monthEnd(query.month), year.endDate)]
    : query.semester === '1'
      ? [year.startDate, year.semester1End]
      : query.semester === '2'
        ? [year.semester2Start, year.endDate]
        : [year.startDate, year.endDate];
  return { from, to: query.asOf ? earlier(to, query.asOf) : to };
}

/** The period as instants: [start, end), whatever the server's time zone. */
export function learningInstants(period: { from: CalendarDate; to: CalendarDate }) {
  return { start: vietnamDayStart(period.from), end: vietnamDayStart(addDays(period.to, 1)) };
}

/** Students and how many of them did something (of any kind, and of each kind). */
export interface LearningCounts {
  students: number;
  learning: number;
  quiz: number;
  practice: number;
  lecture: number;
}

export const noLearning: LearningCounts = { students: 0, learning: 0, quiz: 0, practice: 0, lecture: 0 };

export function addLearning(a: LearningCounts, b: LearningCounts): LearningCounts {
  return {
    students: a.students + b.students,
    learning: a.learning + b.learning,
    quiz: a.quiz + b.quiz,
    practice: a.practice + b.practice,
    lecture: a.lecture + b.lecture,
  };
}

export const sumLearning = (rows: LearningCounts[]) => rows.reduce(addLearning, noLearning);

/** A figure against the plan's target (a fraction 0..1, null when none applies). */
export function learningFigure(counts: LearningCounts, target: number | null): LearningFigure {
  const share = counts.students > 0 ? counts.learning / counts.students : null;
  return {
    students: counts.students,
    learning: counts.learning,
    share,
    target,
    status: target === null ? 'no_target' : share !== null && share >= target ? 'reached' : 'below',
    byKind: { quiz: counts.quiz, practice: counts.practice, lecture: counts.lecture },
  };
}

const LEVEL_ORDER: ReportLevel[] = ['primary', 'secondary', 'lower_secondary', 'upper_secondary'];

/** Counts per grade rolled up into each report level present (THCS and THPT also into "secondary"). */
export function learningByLevel(
  byGrade: (LearningCounts & { grade: number })[],
  target: number | null,
): { level: ReportLevel; figure: LearningFigure }[] {
  return LEVEL_ORDER.flatMap((level) => {
    const inLevel = byGrade.filter((row) => reportLevelsOf(row.grade).includes(level));
    return inLevel.length === 0 ? [] : [{ level, figure: learningFigure(sumLearning(inLevel), target) }];
  });
}
