import { schoolYearOfDay, vietnamDate } from '@hoclieu/domain';
import type pg from 'pg';
import type { Scale } from './scales.js';

/** Rows of the province's structure, made in PostgreSQL itself (INSERT ... SELECT generate_series). */
export interface Organisation {
  provinceId: string;
  schoolYearId: string;
  schoolYearStart: string;
}

const BENCH = "sc.code LIKE 'BENCH-%'";

/**
 * Province, districts, schools (4 in 10 primary, 3 lower secondary, 1 TH&THCS, 2 upper secondary),
 * classes per grade, students with enrolments, teachers with teaching assignments from the
 * curriculum, one principal per school, one officer per district and one for the province.
 */
export async function generateOrganisation(
  pool: pg.Pool,
  scale: Scale,
  passwordHash: string,
): Promise<Organisation> {
  // The last complete school year, so the province has a whole year of records behind it.
  const startYear = Number(schoolYearOfDay(vietnamDate(new Date())).slice(0, 4)) - 1;
  const year = await pool.query<{ id: string; start: string }>(
    `INSERT INTO "SchoolYear" (id, code, "startDate", "endDate", "semester1End", "semester2Start", "isCurrent")
     VALUES (gen_random_uuid(), $1, $2::date, $3::date, $2::date + 125, $2::date + 126, true)
     ON CONFLICT (code) DO UPDATE SET "isCurrent" = true RETURNING id, "startDate"::text AS start`,
    [`${startYear}-${startYear + 1}`, `${startYear}-09-05`, `${startYear + 1}-05-31`],
  );
  const schoolYear = year.rows[0];
  if (!schoolYear) throw new Error('No school year');
  const province = await pool.query<{ id: string }>(
    `INSERT INTO "Province" (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'Tỉnh Thử Nghiệm')
     RETURNING id`,
  );
  const provinceId = province.rows[0]?.id ?? '';
  await pool.query(
    `INSERT INTO "District" (id, code, name, "provinceId")
     SELECT gen_random_uuid(), 'BENCH-D' || lpad(d::text, 2, '0'), 'Huyện Thử ' || d, $1
     FROM generate_series(1, $2::int) d`,
    [provinceId, scale.districts],
  );
  await pool.query(
    `INSERT INTO "School" (id, code, name, kind, levels, "districtId", "updatedAt")
     SELECT gen_random_uuid(), d.code || '-S' || lpad(s::text, 3, '0'),
       'Trường ' || k.kind || ' Số ' || s || ' ' || d.name, k.kind, k.levels, d.id, now()
     FROM "District" d CROSS JOIN generate_series(1, $1::int) s
     CROSS JOIN LATERAL (SELECT CASE
         WHEN s % 10 < 4 THEN 'Tiểu học' WHEN s % 10 < 7 THEN 'THCS'
         WHEN s % 10 = 7 THEN 'TH&THCS' ELSE 'THPT' END AS kind,
       CASE
         WHEN s % 10 < 4 THEN ARRAY['primary']::"SchoolLevel"[]
         WHEN s % 10 < 7 THEN ARRAY['lower_secondary']::"SchoolLevel"[]
         WHEN s % 10 = 7 THEN ARRAY['primary', 'lower_secondary']::"SchoolLevel"[]
         ELSE ARRAY['upper_secondary']::"SchoolLevel"[] END AS levels) k
     WHERE d."provinceId" = $2`,
    [scale.schoolsPerDistrict, provinceId],
  );
  const electives = await pool.query<{ code: string }>(
    `SELECT "subjectCode" AS code FROM "CurriculumPeriod"
     WHERE grade = 10 AND kind = 'elective' ORDER BY "subjectCode" LIMIT 4`,
  );
  await pool.query(
    `INSERT INTO "Class" (id, "schoolId", "schoolYearId", name, grade, "electiveSubjects")
     SELECT gen_random_uuid(), sc.id, $1, g || chr(64 + c), g,
       CASE WHEN g >= 10 THEN $3::text[] ELSE '{}'::text[] END
     FROM "School" sc CROSS JOIN generate_series(1, 12) g CROSS JOIN generate_series(1, $2::int) c
     WHERE ${BENCH} AND (
       (g <= 5 AND 'primary' = ANY(sc.levels)) OR
       (g BETWEEN 6 AND 9 AND 'lower_secondary' = ANY(sc.levels)) OR
       (g >= 10 AND 'upper_secondary' = ANY(sc.levels)))`,
    [schoolYear.id, scale.classesPerGrade, electives.rows.map((r) => r.code)],
  );
  await pool.query(
    `WITH s AS (
       SELECT gen_random_uuid() AS id, c.id AS class_id, sc.id AS school_id,
         lower('hs.' || sc.code || '.' || c.name || '.' || n) AS username, n
       FROM "Class" c JOIN "School" sc ON sc.id = c."schoolId"
       CROSS JOIN generate_series(1, $1::int) n WHERE ${BENCH}
     ), u AS (
       INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "schoolId", "updatedAt")
       SELECT id, username, $2, 'Học sinh ' || n, 'student'::"Role", school_id, now() FROM s
     )
     INSERT INTO "Enrollment" ("studentId", "classId") SELECT id, class_id FROM s`,
    [scale.studentsPerClass, passwordHash],
  );
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "schoolId", "updatedAt")
     SELECT gen_random_uuid(), lower('gv.' || sc.code || '.' || k), $2, 'Giáo viên ' || k, 'teacher'::"Role", sc.id, now()
     FROM "School" sc CROSS JOIN generate_series(1, $1::int) k WHERE ${BENCH}
     UNION ALL
     SELECT gen_random_uuid(), lower('ht.' || sc.code), $2, 'Hiệu trưởng ' || sc.name, 'school_admin'::"Role", sc.id, now()
     FROM "School" sc WHERE ${BENCH}`,
    [scale.teachersPerSchool, passwordHash],
  );
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "districtId", "updatedAt")
     SELECT gen_random_uuid(), lower('pb.' || d.code), $2, 'Chuyên viên ' || d.name, 'district_officer'::"Role", d.id, now()
     FROM "District" d WHERE d."provinceId" = $1`,
    [provinceId, passwordHash],
  );
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "provinceId", "updatedAt")
     VALUES (gen_random_uuid(), 'so.bench', $2, 'Chuyên viên Sở', 'province_officer'::"Role", $1, now())`,
    [provinceId, passwordHash],
  );
  // Each subject of a class's grade (electives only of its combination) to one of the school's teachers.
  await pool.query(
    `INSERT INTO "TeachingAssignment" ("teacherId", "classId", "subjectCode")
     SELECT t.id, c.id, cp."subjectCode"
     FROM "Class" c JOIN "School" sc ON sc.id = c."schoolId"
     JOIN "CurriculumPeriod" cp ON cp.grade = c.grade
     JOIN "User" t ON t.username =
       lower('gv.' || sc.code || '.' || (1 + abs(hashtext(c.id::text || cp."subjectCode")) % $1::int))
     WHERE ${BENCH} AND (cp.kind <> 'elective' OR cp."subjectCode" = ANY(c."electiveSubjects"))`,
    [scale.teachersPerSchool],
  );
  return { provinceId, schoolYearId: schoolYear.id, schoolYearStart: schoolYear.start };
}

/**
 * A school year of online-delivery records: each class, each of the 35 weeks, one to three lessons
 * (by school, so shares spread around the targets), subjects in turn, by the subject's teacher.
 */
export async function generateDeliveryRecords(pool: pg.Pool, org: Organisation): Promise<void> {
  await pool.query(
    `INSERT INTO "OnlineLesson" (id, "classId", "subjectCode", date, periods, source, "teacherId", status)
     SELECT gen_random_uuid(), ta."classId", ta."subjectCode",
       $1::date + (w * 7 + abs(hashtext(ta."classId"::text || w || r)) % 5),
       1 + (w + r) % 2, (ARRAY['material', 'test', 'live'])[1 + (w + r) % 3], ta."teacherId", 'confirmed'
     FROM (
       SELECT t.*, row_number() OVER (PARTITION BY t."classId" ORDER BY t."subjectCode") AS rn,
         count(*) OVER (PARTITION BY t."classId") AS n, 1 + abs(hashtext(sc.code)) % 3 AS per_week
       FROM "TeachingAssignment" t JOIN "Class" c ON c.id = t."classId"
       JOIN "School" sc ON sc.id = c."schoolId" WHERE ${BENCH}
     ) ta
     CROSS JOIN generate_series(0, 34) w CROSS JOIN generate_series(1, 3) r
     WHERE r <= ta.per_week AND ta.rn = 1 + (w * 3 + r) % ta.n`,
    [org.schoolYearStart],
  );
}
