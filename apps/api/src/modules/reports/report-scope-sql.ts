import { type Queryable, queryOptionalRow, queryRows } from '@hoclieu/db/sql';
import { dateValue } from '@hoclieu/domain';
import { z } from 'zod';

/**
 * What every dashboard request checks before the cached figures are reused (the viewer's unit, the
 * school year, the targets), on the plain pg pool: the officers request dashboards back to back, and
 * these small reads through the ORM were most of a cached dashboard's cost on the API's thread.
 */

const Unit = z.object({ id: z.string(), name: z.string() });
const DistrictRow = Unit.extend({ provinceId: z.string() });
const SchoolRow = Unit.extend({ districtId: z.string() });

const schoolStatement = {
  name: 'report-school',
  text: `SELECT id, name, "districtId" FROM "School" WHERE id = $1::uuid`,
};
const districtStatement = {
  name: 'report-district',
  text: `SELECT id, name, "provinceId" FROM "District" WHERE id = $1::uuid`,
};

export const schoolOf = (sql: Queryable, id: string) =>
  queryOptionalRow(sql, schoolStatement, [id], SchoolRow);

export const districtOf = (sql: Queryable, id: string) =>
  queryOptionalRow(sql, districtStatement, [id], DistrictRow);

/** The officer's province (the first by name when none is set), with its districts' ids. */
export function provinceOf(sql: Queryable, provinceId: string | null) {
  return queryOptionalRow(
    sql,
    {
      name: 'report-province',
      text: `SELECT p.id, p.name,
                    ARRAY(SELECT d.id::text FROM "District" d WHERE d."provinceId" = p.id) AS "districtIds"
             FROM "Province" p WHERE $1::uuid IS NULL OR p.id = $1::uuid
             ORDER BY p.name LIMIT 1`,
    },
    [provinceId],
    Unit.extend({ districtIds: z.array(z.string()) }),
  );
}

const SchoolYearRow = z.object({
  id: z.string(),
  code: z.string(),
  startDate: z.string().transform(dateValue),
  endDate: z.string().transform(dateValue),
  semester1End: z.string().transform(dateValue),
  semester2Start: z.string().transform(dateValue),
});

/** The school year of that code, or the current one. */
export function schoolYearOf(sql: Queryable, code: string | undefined) {
  return queryOptionalRow(
    sql,
    {
      name: 'report-school-year',
      text: `SELECT id, code, "startDate", "endDate", "semester1End", "semester2Start" FROM "SchoolYear"
             WHERE CASE WHEN $1::text IS NULL THEN "isCurrent" ELSE code = $1::text END
             ORDER BY code LIMIT 1`,
    },
    [code ?? null],
    SchoolYearRow,
  );
}

const TargetRow = z.object({
  kpi: z.string(),
  scope: z.string(),
  year: z.number(),
  targetPercent: z.number(),
});

export function kpiTargetsOf(sql: Queryable, kpi: string) {
  return queryRows(
    sql,
    {
      name: 'report-kpi-targets',
      text: `SELECT kpi, scope, year, "targetPercent"::float8 AS "targetPercent" FROM "KpiTarget"
             WHERE kpi = $1::text ORDER BY scope, year`,
    },
    [kpi],
    TargetRow,
  );
}

const ReportSchool = z.object({
  id: z.string(),
  name: z.string(),
  levels: z.array(z.string()),
  districtId: z.string(),
  districtName: z.string(),
});

/**
 * The schools of the districts `$1` (or the one school `$2`) in a year's report: a deactivated school
 * stays in the report of every year it had classes in, never in later ones.
 */
export function reportSchools(
  sql: Queryable,
  districtIds: string[],
  schoolId: string | null,
  schoolYearId: string,
) {
  return queryRows(
    sql,
    {
      name: 'report-schools',
      text: `SELECT s.id, s.name, s.levels::text[] AS levels, s."districtId", d.name AS "districtName"
             FROM "School" s JOIN "District" d ON d.id = s."districtId"
             WHERE s."districtId" = ANY($1::uuid[]) AND ($2::uuid IS NULL OR s.id = $2::uuid)
               AND (s."deactivatedAt" IS NULL
                    OR EXISTS (SELECT 1 FROM "Class" c WHERE c."schoolId" = s.id AND c."schoolYearId" = $3::uuid))
             ORDER BY s.name`,
    },
    [`{${districtIds.join(',')}}`, schoolId, schoolYearId],
    ReportSchool,
  );
}
