import { type Queryable, queryRows } from '@hoclieu/db/sql';
import { OnlineByClass, OnlineByMonth } from './school-facts-sql.js';

/**
 * The report sums read from the per-class totals that PostgreSQL's triggers keep as records change
 * (migration online_totals): a province is about 7,520 classes × their subjects, not 510,000 records.
 * The totals hold whole terms of the class's year (1, 2, and 0 between them); a window that ends
 * before its last term does takes back the records dated after the report date, read through the
 * covering report index (few for today's report: records are rarely dated ahead).
 */

/** Schools `$1`, year `$2`, the terms the window covers `$3`, its start `$4`, report date `$5`, end `$6`. */
export type TotalsScope = [
  schoolIds: string,
  schoolYearId: string,
  terms: string,
  from: string,
  to: string,
  end: string,
];

/** Confirmed online periods per class and subject in the window. */
export function totalsByClass(sql: Queryable, scope: TotalsScope) {
  return queryRows(
    sql,
    {
      name: 'report-totals-by-class',
      text: `SELECT "classId", "subjectCode", SUM(periods)::float8 AS online FROM (
               SELECT t."classId", t."subjectCode", t.periods
               FROM "ClassOnlineTotal" t JOIN "Class" c ON c.id = t."classId"
               WHERE c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
                 AND t.term = ANY($3::smallint[])
               UNION ALL
               SELECT ol."classId", ol."subjectCode", -ol.periods
               FROM "OnlineLesson" ol JOIN "Class" c ON c.id = ol."classId"
               WHERE $5::date < $6::date AND c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
                 AND ol.status = 'confirmed' AND ol.date > $5::date AND ol.date >= $4::date
                 AND ol.date <= $6::date
             ) s
             GROUP BY 1, 2 HAVING SUM(periods) <> 0`,
    },
    scope,
    OnlineByClass,
  );
}

/** Confirmed online periods per school and month ('YYYY-MM') in the window, in month order. */
export function totalsByMonth(sql: Queryable, scope: TotalsScope) {
  return queryRows(
    sql,
    {
      name: 'report-totals-by-month',
      text: `SELECT "schoolId", to_char(month, 'YYYY-MM') AS month, SUM(periods)::float8 AS online FROM (
               SELECT c."schoolId", m.month, m.periods
               FROM "ClassOnlineMonth" m JOIN "Class" c ON c.id = m."classId"
               WHERE c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
                 AND m.term = ANY($3::smallint[])
               UNION ALL
               SELECT c."schoolId", date_trunc('month', ol.date::timestamp)::date, -ol.periods
               FROM "OnlineLesson" ol JOIN "Class" c ON c.id = ol."classId"
               WHERE $5::date < $6::date AND c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
                 AND ol.status = 'confirmed' AND ol.date > $5::date AND ol.date >= $4::date
                 AND ol.date <= $6::date
             ) s
             GROUP BY 1, s.month HAVING SUM(periods) <> 0
             ORDER BY s.month`,
    },
    scope,
    OnlineByMonth,
  );
}
