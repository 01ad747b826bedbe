import { type Queryable, queryRows } from '@hoclieu/db/sql';
import { z } from 'zod';

/**
 * The report aggregates on the plain pg pool: a province is 7,520 classes and about 75,000
 * (class, subject) rows, which the ORM's raw-query path turned into hundreds of ms on the thread that
 * also serves answer saves. Parsing them costs about 10–25 ms for a province (measured, zod 4), against
 * a cold computation of 600 ms that the dashboard cache then serves.
 */

const ClassRow = z.object({
  id: z.string(),
  name: z.string(),
  grade: z.number(),
  schoolId: z.string(),
  /** A Prisma list column is nullable in SQL: a class written by raw SQL may hold NULL (no electives). */
  electiveSubjects: z
    .array(z.string())
    .nullable()
    .transform((subjects) => subjects ?? []),
  electiveHistory: z.unknown(),
});

/** The classes of the schools `$1` in school year `$2`. */
export function reportClasses(sql: Queryable, schoolIds: string, schoolYearId: string) {
  return queryRows(
    sql,
    {
      name: 'report-classes',
      text: `SELECT id, name, grade, "schoolId", "electiveSubjects", "electiveHistory" FROM "Class"
             WHERE "schoolId" = ANY($1::uuid[]) AND "schoolYearId" = $2::uuid
             ORDER BY grade, name`,
    },
    [schoolIds, schoolYearId],
    ClassRow,
  );
}

/** Which schools, which year and which dates a report counts: `$1`..`$4` of the statements below. */
export type ReportScope = [schoolIds: string, schoolYearId: string, from: string, to: string];

/** The online periods of a class and subject: from the records here, from the totals in online-totals-sql.ts. */
export const OnlineByClass = z.object({ classId: z.string(), subjectCode: z.string(), online: z.number() });

/**
 * Confirmed online periods per class and subject, from the records: for a window of another year's
 * dates; the dashboards read the per-class totals (online-totals-sql.ts), tested against this.
 */
export function onlineByClass(sql: Queryable, scope: ReportScope) {
  return queryRows(
    sql,
    {
      name: 'report-online-by-class',
      text: `SELECT ol."classId", ol."subjectCode", SUM(ol.periods)::float8 AS online
             FROM "OnlineLesson" ol
             JOIN "Class" c ON c.id = ol."classId"
             WHERE c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
               AND ol.status = 'confirmed' AND ol.date >= $3::date AND ol.date <= $4::date
             GROUP BY ol."classId", ol."subjectCode"`,
    },
    scope,
    OnlineByClass,
  );
}

/** The online periods of a school in a month ('YYYY-MM'), read either way as OnlineByClass. */
export const OnlineByMonth = z.object({ schoolId: z.string(), month: z.string(), online: z.number() });

/** Confirmed online periods per school and month ('YYYY-MM'), in month order. */
export function onlineByMonth(sql: Queryable, scope: ReportScope) {
  return queryRows(
    sql,
    {
      name: 'report-online-by-month',
      text: `SELECT c."schoolId", to_char(date_trunc('month', ol.date), 'YYYY-MM') AS month,
                    SUM(ol.periods)::float8 AS online
             FROM "OnlineLesson" ol
             JOIN "Class" c ON c.id = ol."classId"
             WHERE c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
               AND ol.status = 'confirmed' AND ol.date >= $3::date AND ol.date <= $4::date
             GROUP BY c."schoolId", date_trunc('month', ol.date)
             ORDER BY 2`,
    },
    scope,
    OnlineByMonth,
  );
}
