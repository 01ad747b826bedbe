import type { Db } from '@hoclieu/db';
import type { Queryable, Sql } from '@hoclieu/db/sql';
import {
  type CurriculumRow,
  classProgramme,
  combinationWeights,
  dateValue,
  isoDate,
  type TargetRow,
  TEACHING_WEEKS,
  vietnamDate,
} from '@hoclieu/domain';
import { electiveHistoryOf } from '../../db-json.js';
import { AppError } from '../../http/errors.js';
import { inSlices } from './in-slices.js';
import { type TotalsScope, totalsByClass, totalsByMonth } from './online-totals-sql.js';
import { kpiTargetsOf, schoolYearOf } from './report-scope-sql.js';
import { onlineByClass, onlineByMonth, type ReportScope, reportClasses } from './school-facts-sql.js';

export interface ReportWindow {
  schoolYearId: string;
  code: string;
  /** The records counted are dated from `start` to `asOf`. */
  start: Date;
  end: Date;
  /** The part of the year's programme this window covers: 1, or 18/35 and 17/35 for a semester. */
  programmeFactor: number;
  asOf: Date;
  elapsed: number;
  /** The calendar year the school year ends in: which year's target applies. */
  endYear: number;
  /** The year whose dates these are, and its terms (online-totals-sql.ts) the window covers whole. */
  datesOf: string;
  terms: number[];
}

const WEEK = 7 * 24 * 3_600_000;
/** The programme gives semester 1 18 of the 35 teaching weeks and semester 2 the other 17. */
const FIRST_SEMESTER_WEEKS = 18;

type WindowQuery = {
  schoolYear?: string | undefined;
  asOf?: string | undefined;
  semester?: '1' | '2' | undefined;
};

/** The school year (or one semester of it) and report date asked for (default: current year, today). */
export async function reportWindow(sql: Queryable, query: WindowQuery, now: Date): Promise<ReportWindow> {
  const year = await schoolYearOf(sql, query.schoolYear);
  if (!year) throw new AppError('SCHOOL_YEAR_NOT_FOUND');
  // The semesters' dates are the year's own, as the province's calendar set them.
  const [start, end, weeks] =
    query.semester === '1'
      ? [year.startDate, year.semester1End, FIRST_SEMESTER_WEEKS]
      : query.semester === '2'
        ? [year.semester2Start, year.endDate, TEACHING_WEEKS - FIRST_SEMESTER_WEEKS]
        : [year.startDate, year.endDate, TEACHING_WEEKS];
  // "Today" is the day in Vietnam: at 06:00 there (23:00 UTC) the report already counts that day.
  const asOfDay = dateValue(query.asOf ?? vietnamDate(now));
  const asOf = new Date(Math.min(asOfDay.getTime(), end.getTime()));
  const weeksElapsed = (asOf.getTime() + 24 * 3_600_000 - start.getTime()) / WEEK;
  return {
    schoolYearId: year.id,
    code: year.code,
    start,
    end,
    programmeFactor: weeks / TEACHING_WEEKS,
    asOf,
    elapsed: Math.min(1, Math.max(0, weeksElapsed / weeks)),
    endYear: year.endDate.getUTCFullYear(),
    datesOf: year.id,
    // Semester 1, semester 2, or the whole year: both and the days between them (term 0).
    terms: query.semester === '1' ? [1] : query.semester === '2' ? [2] : [0, 1, 2],
  };
}

export interface ClassFacts {
  id: string;
  name: string;
  grade: number;
  schoolId: string;
  /** Programme periods per subject. */
  programme: { subjectCode: string; periods: number }[];
  /** Confirmed online periods in the window, per subject. */
  online: Map<string, number>;
}

/** Programme and online periods of every class of the given schools in the window. */
export async function classFacts(
  db: Db,
  sql: Sql,
  schoolIds: string[],
  window: ReportWindow,
): Promise<ClassFacts[]> {
  return (await schoolFacts(db, sql, schoolIds, window)).classes;
}

/**
 * The classes of the given schools with their programme and online periods, and the online periods
 * per school and month, grouped in PostgreSQL. The covering report index lets a district's records
 * be read index-only (a province's are one sequential pass); rows come back as plain SQL, not the ORM.
 */
export async function schoolFacts(
  db: Db,
  sql: Sql,
  schoolIds: string[],
  window: ReportWindow,
): Promise<{ classes: ClassFacts[]; monthly: { schoolId: string; month: string; online: number }[] }> {
  if (schoolIds.length === 0) return { classes: [], monthly: [] };
  const ids = `{${schoolIds.join(',')}}`;
  // On the plain pg pool (school-facts-sql.ts): measured hot for a province.
  const scope: ReportScope = [ids, window.schoolYearId, isoDate(window.start), isoDate(window.asOf)];
  // The per-class totals hold the terms of the class's own year: a window of another year's dates
  // (a class drilled down in a year not its own) is counted from the records.
  const fromTotals = window.datesOf === window.schoolYearId;
  const totals: TotalsScope = [
    ids,
    window.schoolYearId,
    `{${window.terms.join(',')}}`,
    scope[2],
    scope[3],
    isoDate(window.end),
  ];
  const [classes, curriculum, online, monthly] = await Promise.all([
    reportClasses(sql, ids, window.schoolYearId),
    db.curriculumPeriod.findMany({
      select: { grade: true, subjectCode: true, periodsPerYear: true, kind: true },
    }),
    fromTotals ? totalsByClass(sql, totals) : onlineByClass(sql, scope),
    fromTotals ? totalsByMonth(sql, totals) : onlineByMonth(sql, scope),
  ]);
  const onlineOf = new Map<string, Map<string, number>>();
  await inSlices(online, (row) => {
    const bySubject = onlineOf.get(row.classId) ?? new Map<string, number>();
    bySubject.set(row.subjectCode, row.online);
    onlineOf.set(row.classId, bySubject);
  });
  // Classes of one grade mostly share their electives: each programme is worked out once (30,000
  // classes a province, a few hundred programmes), so a cold province does not hold the API's thread.
  const programmes = new Map<string, ClassFacts['programme']>();
  const programmeOf = (c: (typeof classes)[number]) => {
    const key = JSON.stringify([c.grade, c.electiveSubjects, c.electiveHistory]);
    let programme = programmes.get(key);
    if (!programme) {
      programme = classProgramme(
        c.grade,
        c.electiveSubjects,
        curriculum as CurriculumRow[],
        combinationWeights(c.electiveSubjects, electiveHistoryOf(c), window.start, window.end),
      ).map((s) => ({
        subjectCode: s.subjectCode,
        periods: Math.round(s.periods * window.programmeFactor * 10) / 10,
      }));
      programmes.set(key, programme);
    }
    return programme;
  };
  const facts: ClassFacts[] = [];
  await inSlices(classes, (c) =>
    facts.push({
      id: c.id,
      name: c.name,
      grade: c.grade,
      schoolId: c.schoolId,
      programme: programmeOf(c),
      online: onlineOf.get(c.id) ?? new Map(),
    }),
  );
  return { monthly, classes: facts };
}

export function onlineShareTargets(sql: Queryable): Promise<TargetRow[]> {
  return kpiTargetsOf(sql, 'online_program_share');
}
