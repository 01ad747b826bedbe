import { createHash } from 'node:crypto';
import type { LearningOnlineReport, LearningStudents, ReportLevel } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Queryable, Sql } from '@hoclieu/db/sql';
import {
  type Actor,
  isoDate,
  type LearningCounts,
  type LearningPeriodQuery,
  learningByLevel,
  learningFigure,
  learningInstants,
  learningPeriod,
  mayReadSchoolReport,
  sumLearning,
  targetFor,
  vietnamDate,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { type LearningScope, learningByGrade, learningStudents } from './learning-online-sql.js';
import { type UnitScope, unitOf } from './online-share.js';
import { createReportCache } from './report-cache.js';
import type { ReportLane } from './report-lane.js';
import { kpiTargetsOf, reportSchools, schoolYearOf } from './report-scope-sql.js';

type Query = LearningPeriodQuery & { schoolYear?: string | undefined; districtId?: string | undefined };
type StudentsQuery = Query & {
  level?: ReportLevel | undefined;
  learning?: 'yes' | 'no' | undefined;
  page: number;
  pageSize: number;
};

const KPI = 'students_online_access';
/** The grades of each report level. */
const GRADES: Record<ReportLevel, [number, number]> = {
  primary: [1, 5],
  lower_secondary: [6, 9],
  upper_secondary: [10, 12],
  secondary: [6, 12],
};

/** The school year asked for, the period's days and instants, and the plan's target for that year. */
async function periodOf(sql: Queryable, query: Query) {
  const year = await schoolYearOf(sql, query.schoolYear);
  if (!year) throw new AppError('SCHOOL_YEAR_NOT_FOUND');
  const period = learningPeriod(
    {
      startDate: isoDate(year.startDate),
      endDate: isoDate(year.endDate),
      semester1End: isoDate(year.semester1End),
      semester2Start: isoDate(year.semester2Start),
    },
    query,
  );
  const { start, end } = learningInstants(period);
  const targets = await kpiTargetsOf(sql, KPI);
  return {
    year,
    period,
    target: targetFor(targets, KPI, 'general_education_students', year.endDate.getUTCFullYear()),
    // Sorted: the same schools give the same scope, whoever lists them (Learners' key).
    scopeOf: (schoolIds: string[]): LearningScope => [
      `{${[...schoolIds].sort().join(',')}}`,
      year.id,
      start.toISOString(),
      end.toISOString(),
    ],
  };
}

/** Students of the schools' classes in the year, and how many learned online in the period. */
export async function countLearning(learners: Learners, sql: Queryable, schoolIds: string[], query: Query) {
  const { year, period, target, scopeOf } = await periodOf(sql, query);
  const byGrade = schoolIds.length === 0 ? [] : await learners(scopeOf(schoolIds));
  return { schoolYear: year.code, period, target, byGrade, total: sumLearning(byGrade) };
}

/**
 * The indicator is reused this long per process for the same unit and query: what it counts (quizzes
 * started, practice answers, lectures opened) changes all day and is not notified, and a province's
 * count reads every student's activity in the period (seconds on a loaded machine). The plan's
 * indicator is a share of the period's students: a minute's delay does not change what an officer reads.
 */
export const LEARNING_CACHE_MS = 60_000;

type ByGrade = Awaited<ReturnType<typeof learningByGrade>>;
/** A unit's students per school and grade and how many learned online in a period (learningByGrade). */
export type Learners = (scope: LearningScope) => Promise<ByGrade>;

/**
 * The counts behind the indicator and the plan KPIs' students_online_access, computed once per
 * LEARNING_CACHE_MS for both (the reports page asks for both at once), one at a time in the lane.
 */
export function createLearners(sql: Sql, clock: () => Date, lane: ReportLane): Learners {
  const cache = createReportCache<ByGrade>({
    now: () => clock().getTime(),
    freshMs: LEARNING_CACHE_MS,
  });
  return (scope) => {
    // A province's scope lists 800 school ids: the key is its digest.
    const key = createHash('sha256').update(scope.join('|')).digest('base64url');
    return cache.get(key, () => lane(() => learningByGrade(sql, scope)));
  };
}

/** The indicator for the viewer's unit, per level and per school (or district), and its students. */
export function createLearningOnline(db: Db, sql: Sql, clock: () => Date, learners: Learners) {
  const cache = createReportCache<LearningOnlineReport>({
    now: () => clock().getTime(),
    freshMs: LEARNING_CACHE_MS,
  });
  return {
    async report(actor: Actor, query: Query): Promise<LearningOnlineReport> {
      // Who may see which unit is decided on every request; only the figures are reused.
      const [scope, targets] = await Promise.all([
        unitOf(sql, actor, query.districtId),
        kpiTargetsOf(sql, KPI),
      ]);
      // A changed target shows at once: the targets are part of what the figures are reused for.
      const key = JSON.stringify([scope.unit, query, vietnamDate(clock()), targets]);
      return cache.get(key, () => unitReport(scope, query));
    },
    students,
  };

  async function unitReport(scope: UnitScope, query: Query): Promise<LearningOnlineReport> {
    const year = await schoolYearOf(sql, query.schoolYear);
    if (!year) throw new AppError('SCHOOL_YEAR_NOT_FOUND');
    const schools = await reportSchools(sql, scope.districtIds, scope.schoolId, year.id);
    const counted = await countLearning(
      learners,
      sql,
      schools.map((s) => s.id),
      { ...query, schoolYear: year.code },
    );
    const groupOf = new Map(schools.map((s) => [s.id, scope.byDistrict ? s.districtId : s.id]));
    const groups = scope.byDistrict
      ? [
          ...new Map(schools.map((s) => [s.districtId, { id: s.districtId, name: s.districtName }])).values(),
        ].map((d) => ({ kind: 'district' as const, ...d, levels: [] as string[] }))
      : schools.map((s) => ({ kind: 'school' as const, id: s.id, name: s.name, levels: s.levels }));
    return {
      unit: scope.unit,
      schoolYear: counted.schoolYear,
      period: counted.period,
      figure: learningFigure(counted.total, counted.target),
      levels: learningByLevel(counted.byGrade, counted.target),
      rows: groups.map((group) => {
        const inGroup = counted.byGrade.filter((row) => groupOf.get(row.schoolId) === group.id);
        return {
          ...group,
          figure: learningFigure(sumLearning(inGroup), counted.target),
          byLevel: learningByLevel(inGroup, counted.target),
        };
      }),
    };
  }

  /** One school's students, those who count and those who do not, with what they did and when (live). */
  async function students(actor: Actor, schoolId: string, query: StudentsQuery): Promise<LearningStudents> {
    const school = await db.school.findUnique({ where: { id: schoolId }, include: { district: true } });
    if (!school) throw new AppError('SCHOOL_NOT_FOUND');
    const place = { id: school.id, districtId: school.districtId, provinceId: school.district.provinceId };
    if (!mayReadSchoolReport(actor, place)) throw forbidden();
    const { year, period, target, scopeOf } = await periodOf(sql, query);
    const [fromGrade, toGrade] = query.level ? GRADES[query.level] : [1, 12];
    const scope = scopeOf([school.id]);
    const learning = query.learning === undefined ? null : query.learning === 'yes';
    const [byGrade, rows] = await Promise.all([
      learningByGrade(sql, scope),
      learningStudents(sql, scope, [
        fromGrade,
        toGrade,
        learning,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]),
    ]);
    const counts: LearningCounts = sumLearning(
      byGrade.filter((row) => row.grade >= fromGrade && row.grade <= toGrade),
    );
    const at = (instant: Date | null) => instant?.toISOString() ?? null;
    return {
      school: { id: school.id, name: school.name },
      schoolYear: year.code,
      period,
      figure: learningFigure(counts, target),
      total:
        learning === null ? counts.students : learning ? counts.learning : counts.students - counts.learning,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) => ({
        id: row.id,
        fullName: row.fullName,
        username: row.username,
        className: row.className,
        grade: row.grade,
        learning: row.quiz + row.practice + row.lecture > 0,
        quiz: { count: row.quiz, last: at(row.quizLast) },
        practice: { count: row.practice, last: at(row.practiceLast) },
        lecture: { count: row.lecture, last: at(row.lectureLast) },
      })),
    };
  }
}
