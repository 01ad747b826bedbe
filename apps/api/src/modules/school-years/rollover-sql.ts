import { type Queryable, queryRow } from '@hoclieu/db/sql';
import { z } from 'zod';

/**
 * $1 school, $2 target year, $3/$4 the moving classes and their new names, $5 carry teaching,
 * $6 actor, $7/$8 province and district, $9 audit details. Data-modifying CTEs run once each, in one
 * snapshot: the school's row lock makes a concurrent roll-over of the same school wait, and the
 * unique `rolledFromId` refuses a class rolled twice whatever happens.
 */
const ROLL_SCHOOL = `
WITH locked AS (SELECT id FROM "School" WHERE id = $1::uuid FOR UPDATE),
moving AS (
  SELECT m.old, m.name, gen_random_uuid() AS id
  FROM unnest($3::uuid[], $4::text[]) AS m(old, name)
  WHERE EXISTS (SELECT 1 FROM locked)
    AND NOT EXISTS (SELECT 1 FROM "Class" t WHERE t."schoolId" = $1::uuid AND t."schoolYearId" = $2::uuid)
),
classes AS (
  INSERT INTO "Class" (id, "schoolId", "schoolYearId", name, grade, "electiveSubjects", "rolledFromId")
  SELECT m.id, c."schoolId", $2::uuid, m.name, c.grade + 1, c."electiveSubjects", c.id
  FROM moving m JOIN "Class" c ON c.id = m.old
  RETURNING id, "rolledFromId"
),
enrolled AS (
  INSERT INTO "Enrollment" ("studentId", "classId")
  SELECT e."studentId", n.id FROM classes n JOIN "Enrollment" e ON e."classId" = n."rolledFromId"
  RETURNING 1
),
taught AS (
  INSERT INTO "TeachingAssignment" ("teacherId", "classId", "subjectCode")
  SELECT ta."teacherId", n.id, ta."subjectCode"
  FROM classes n JOIN "TeachingAssignment" ta ON ta."classId" = n."rolledFromId"
  WHERE $5::boolean
  RETURNING 1
),
audited AS (
  INSERT INTO "AuditEntry" (id, "actorId", action, "resourceType", "resourceId", "provinceId", "districtId",
                            "schoolId", details)
  SELECT gen_random_uuid(), $6::uuid, 'school_year.rollover', 'school', $1::text, $7::uuid, $8::uuid, $1::uuid,
         $9::jsonb || jsonb_build_object('teachingCarried', (SELECT count(*) FROM taught),
                                         'enrolled', (SELECT count(*) FROM enrolled))
  WHERE EXISTS (SELECT 1 FROM classes)
)
SELECT (SELECT count(*) FROM classes)::int AS classes, (SELECT count(*) FROM taught)::int AS taught`;

const Rolled = z.object({ classes: z.number(), taught: z.number() });

/** Rolls one school up a year in one statement: the classes created and the teaching rows carried. */
export function rollSchoolStatement(
  sql: Queryable,
  values: [
    schoolId: string,
    toYearId: string,
    classIds: string[],
    newNames: string[],
    carryTeaching: boolean,
    actorId: string,
    provinceId: string,
    districtId: string,
    details: string,
  ],
) {
  return queryRow(sql, { name: 'rollover-school', text: ROLL_SCHOOL }, values, Rolled);
}
