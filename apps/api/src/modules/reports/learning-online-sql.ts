import { type Queryable, queryRows } from '@hoclieu/db/sql';
import { z } from 'zod';

/**
 * Học sinh học trực tuyến, set-based on the plain pool: a province is 300,000 students. Activity is
 * read through the (student, instant) indexes: Attempt (studentId, startedAt), PracticeAnswer
 * (studentId, answeredAt), LectureProgress (userId). A lecture counts when its progress row was made
 * (opened first) or committed (updatedAt) in the period. A student in two classes of the scope (the
 * import keeps one a year) counts once, in the higher grade.
 */

/** Schools `$1`, school year `$2`, the period's instants [`$3`, `$4`). */
export type LearningScope = [schoolIds: string, schoolYearId: string, start: string, end: string];

const PUPILS = `
  SELECT DISTINCT ON (e."studentId") e."studentId" AS id, c."schoolId", c.grade, c.name AS "className"
  FROM "Enrollment" e JOIN "Class" c ON c.id = e."classId"
  WHERE c."schoolId" = ANY($1::uuid[]) AND c."schoolYearId" = $2::uuid
  ORDER BY e."studentId", c.grade DESC, c.name`;

const IN_PERIOD = (column: string) => `${column} >= $3::timestamptz AND ${column} < $4::timestamptz`;
const QUIZ = `FROM "Attempt" a WHERE a."studentId" = p.id AND ${IN_PERIOD('a."startedAt"')}`;
const PRACTICE = `FROM "PracticeAnswer" pa WHERE pa."studentId" = p.id AND ${IN_PERIOD('pa."answeredAt"')}`;
const LECTURE = `FROM "LectureProgress" lp WHERE lp."userId" = p.id
  AND (${IN_PERIOD('lp."createdAt"')} OR ${IN_PERIOD('lp."updatedAt"')})`;

const ByGrade = z.object({
  schoolId: z.string(),
  grade: z.number(),
  students: z.number(),
  learning: z.number(),
  quiz: z.number(),
  practice: z.number(),
  lecture: z.number(),
});

/** The students (`x.column`) of table `x` active in the period, among the pupils. */
const ACTIVE = (table: string, column: string, inPeriod: string) =>
  `SELECT DISTINCT x."${column}" AS id FROM "${table}" x JOIN pupil p ON p.id = x."${column}" WHERE ${inPeriod}`;

/**
 * Students per school and grade, and how many of them did something (any kind, each kind). Each
 * kind's active students are one set joined once to the pupils: the planner probes the (student,
 * instant) indexes for a school and merges whole index ranges for a province (EXPLAIN on the bench
 * province, 300,000 students: per-student probes took twice as long there).
 */
export function learningByGrade(sql: Queryable, scope: LearningScope) {
  return queryRows(
    sql,
    {
      name: 'learning-online-by-grade',
      text: `WITH pupil AS MATERIALIZED (${PUPILS}),
             quiz AS (${ACTIVE('Attempt', 'studentId', IN_PERIOD('x."startedAt"'))}),
             practice AS (${ACTIVE('PracticeAnswer', 'studentId', IN_PERIOD('x."answeredAt"'))}),
             lecture AS (${ACTIVE('LectureProgress', 'userId', `(${IN_PERIOD('x."createdAt"')} OR ${IN_PERIOD('x."updatedAt"')})`)})
             SELECT p."schoolId", p.grade, COUNT(*)::int AS students,
                    COUNT(*) FILTER (WHERE q.id IS NOT NULL OR pr.id IS NOT NULL OR l.id IS NOT NULL)::int AS learning,
                    COUNT(q.id)::int AS quiz, COUNT(pr.id)::int AS practice, COUNT(l.id)::int AS lecture
             FROM pupil p
             LEFT JOIN quiz q ON q.id = p.id
             LEFT JOIN practice pr ON pr.id = p.id
             LEFT JOIN lecture l ON l.id = p.id
             GROUP BY 1, 2`,
    },
    scope,
    ByGrade,
  );
}

const Student = z.object({
  id: z.string(),
  fullName: z.string(),
  username: z.string(),
  className: z.string(),
  grade: z.number(),
  quiz: z.number(),
  quizLast: z.date().nullable(),
  practice: z.number(),
  practiceLast: z.date().nullable(),
  lecture: z.number(),
  lectureLast: z.date().nullable(),
});

/** Grades `$5`..`$6`, learning or not `$7` (null: both), page `$8` rows from `$9`. */
export type StudentPage = [
  fromGrade: number,
  toGrade: number,
  learning: boolean | null,
  limit: number,
  offset: number,
];

/** One page of a school's students with what each did in the period (count and latest per kind). */
export function learningStudents(sql: Queryable, scope: LearningScope, page: StudentPage) {
  return queryRows(
    sql,
    {
      name: 'learning-online-students',
      text: `WITH pupil AS (${PUPILS}), did AS (
               SELECT p.id, u."fullName", u.username, p."className", p.grade,
                      q.n AS quiz, q.last AS "quizLast", pr.n AS practice, pr.last AS "practiceLast",
                      l.n AS lecture, l.last AS "lectureLast"
               FROM pupil p JOIN "User" u ON u.id = p.id
               CROSS JOIN LATERAL (SELECT COUNT(*)::int AS n, MAX(a."startedAt") AS last ${QUIZ}) q
               CROSS JOIN LATERAL (SELECT COUNT(*)::int AS n, MAX(pa."answeredAt") AS last ${PRACTICE}) pr
               CROSS JOIN LATERAL (
                 SELECT COUNT(*)::int AS n,
                        MAX(CASE WHEN ${IN_PERIOD('lp."updatedAt"')} THEN lp."updatedAt" ELSE lp."createdAt" END) AS last
                 ${LECTURE}) l
               WHERE p.grade BETWEEN $5::int AND $6::int)
             SELECT * FROM did
             WHERE $7::boolean IS NULL OR (quiz + practice + lecture > 0) = $7::boolean
             ORDER BY grade, "className", "fullName", id
             LIMIT $8::int OFFSET $9::int`,
    },
    [...scope, ...page],
    Student,
  );
}
