import type { Db } from '@hoclieu/db';
import { type CurriculumRow, classProgramme, elapsedFraction, type TargetRow } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';

export interface ReportWindow {
  schoolYearId: string;
  code: string;
  start: Date;
  end: Date;
  asOf: Date;
  elapsed: number;
  /** The calendar year the school year ends in: which year's target applies. */
  endYear: number;
}

/** The school year and report date asked for (default: the current year, today). */
export async function reportWindow(
  db: Db,
  query: { schoolYear?: string | undefined; asOf?: string | undefined },
  now: Date,
): Promise<ReportWindow> {
  const year = await db.schoolYear.findFirst({
    where: query.schoolYear ? { code: query.schoolYear } : { isCurrent: true },
  });
  if (!year) throw new AppError('NOT_FOUND');
  const asOfDay = query.asOf
    ? new Date(`${query.asOf}T00:00:00Z`)
    : new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const asOf = asOfDay > year.endDate ? year.endDate : asOfDay;
  return {
    schoolYearId: year.id,
    code: year.code,
    start: year.startDate,
    end: year.endDate,
    asOf,
    elapsed: elapsedFraction(new Date(asOf.getTime() + 24 * 3_600_000), year.startDate),
    endYear: year.endDate.getUTCFullYear(),
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
export async function classFacts(db: Db, schoolIds: string[], window: ReportWindow): Promise<ClassFacts[]> {
  if (schoolIds.length === 0) return [];
  const [classes, curriculum, online] = await Promise.all([
    db.class.findMany({
      where: { schoolId: { in: schoolIds }, schoolYearId: window.schoolYearId },
      select: { id: true, name: true, grade: true, schoolId: true, electiveSubjects: true },
      orderBy: [{ grade: 'asc' }, { name: 'asc' }],
    }),
    db.curriculumPeriod.findMany({
      select: { grade: true, subjectCode: true, periodsPerYear: true, kind: true },
    }),
    // Set-based: one grouped scan of the records, however many there are.
    db.$queryRaw<{ classId: string; subjectCode: string; online: number }[]>`
      SELECT ol."classId", ol."subjectCode", SUM(ol.periods)::float8 AS online
      FROM "OnlineLesson" ol
      JOIN "Class" c ON c.id = ol."classId"
      WHERE c."schoolId" = ANY(${schoolIds}::uuid[]) AND c."schoolYearId" = ${window.schoolYearId}::uuid
        AND ol.status = 'confirmed' AND ol.date >= ${window.start} AND ol.date <= ${window.asOf}
      GROUP BY ol."classId", ol."subjectCode"`,
  ]);
  const onlineByClass = new Map<string, Map<string, number>>();
  for (const row of online) {
    const bySubject = onlineByClass.get(row.classId) ?? new Map<string, number>();
    bySubject.set(row.subjectCode, Number(row.online));
    onlineByClass.set(row.classId, bySubject);
  }
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    grade: c.grade,
    schoolId: c.schoolId,
    programme: classProgramme(c.grade, c.electiveSubjects, curriculum as CurriculumRow[]),
    online: onlineByClass.get(c.id) ?? new Map(),
  }));
}

/** Monthly online periods per school in the window. */
export async function monthlyOnline(db: Db, schoolIds: string[], window: ReportWindow) {
  if (schoolIds.length === 0) return [];
  return db.$queryRaw<{ schoolId: string; month: string; online: number }[]>`
    SELECT c."schoolId", to_char(ol.date, 'YYYY-MM') AS month, SUM(ol.periods)::float8 AS online
    FROM "OnlineLesson" ol
    JOIN "Class" c ON c.id = ol."classId"
    WHERE c."schoolId" = ANY(${schoolIds}::uuid[]) AND c."schoolYearId" = ${window.schoolYearId}::uuid
      AND ol.status = 'confirmed' AND ol.date >= ${window.start} AND ol.date <= ${window.asOf}
    GROUP BY c."schoolId", month
    ORDER BY month`;
}

export async function onlineShareTargets(db: Db): Promise<TargetRow[]> {
  const rows = await db.kpiTarget.findMany({ where: { kpi: 'online_program_share' } });
  return rows.map((t) => ({
    kpi: t.kpi,
    scope: t.scope,
    year: t.year,
    targetPercent: Number(t.targetPercent),
  }));
}
