import { Prisma } from '@hoclieu/db';
import { PRACTICE_TYPES } from '@hoclieu/domain';
import { z } from 'zod';
import { heldByOpenExam, type Reader } from './exam-hold.js';

/** Who practises and on what: the student's audience tokens, their classes' grades, the choice. */
export interface PracticeScope {
  studentId: string;
  /** The school, district and province tokens of the student's unit (bank audience, see viewerTokens). */
  tokens: string[];
  /** Grades of the student's classes; topics of other grades are left out (none known: all grades). */
  grades: number[];
  now: Date;
  topicId?: string | undefined;
  subjectCode?: string | undefined;
}

/**
 * The bank questions a student may practise, as the bank decides what a school sees: approved and
 * shared (never private, never a pending version: only `approvedVersion`) with an audience token of
 * the student's school, district or province; auto-graded types only, with a topic, not held by an
 * open exam. `q` is the question, `t` its topic, `v` its approved version.
 */
function practisableWhere(scope: PracticeScope): Prisma.Sql {
  const conditions = [
    Prisma.sql`q."deletedAt" IS NULL AND q."approvedVersion" IS NOT NULL AND q.scope <> 'private'`,
    Prisma.sql`q.audience && ${scope.tokens}::text[]`,
    Prisma.sql`v.content->>'type' = ANY(${[...PRACTICE_TYPES]}::text[])`,
    Prisma.sql`t."retiredAt" IS NULL`,
    Prisma.sql`NOT ${heldByOpenExam(scope.now, Prisma.sql`q.id`)}`,
  ];
  if (scope.grades.length > 0) conditions.push(Prisma.sql`t.grade = ANY(${scope.grades}::int[])`);
  if (scope.topicId) conditions.push(Prisma.sql`q."topicId" = ${scope.topicId}::uuid`);
  if (scope.subjectCode) conditions.push(Prisma.sql`t."subjectCode" = ${scope.subjectCode}`);
  return Prisma.join(conditions, ' AND ');
}

const PRACTISABLE_FROM = Prisma.sql`"Question" q
  JOIN "Topic" t ON t.id = q."topicId"
  JOIN "QuestionVersion" v ON v."questionId" = q.id AND v.number = q."approvedVersion"`;

const candidateRow = z.object({
  id: z.string(),
  topicId: z.string(),
  version: z.number().int(),
  estimatedDifficulty: z.number().nullable(),
  difficulty: z.number().int().nullable(),
  level: z.string().nullable(),
});
export type Candidate = z.infer<typeof candidateRow>;

export async function practisableQuestions(db: Reader, scope: PracticeScope): Promise<Candidate[]> {
  const rows = await db.$queryRaw`
    SELECT q.id::text, q."topicId"::text AS "topicId", q."approvedVersion" AS version,
           q."estimatedDifficulty", q.difficulty, q.level::text AS level
    FROM ${PRACTISABLE_FROM}
    WHERE ${practisableWhere(scope)}`;
  return candidateRow.array().parse(rows);
}

/** Whether one question is practisable for the student now (the answer route checks again). */
export async function isPractisable(db: Reader, scope: PracticeScope, questionId: string): Promise<boolean> {
  const rows = await db.$queryRaw`
    SELECT q.id::text FROM ${PRACTISABLE_FROM}
    WHERE q.id = ${questionId}::uuid AND ${practisableWhere(scope)}`;
  return z.array(z.object({ id: z.string() })).parse(rows).length > 0;
}
