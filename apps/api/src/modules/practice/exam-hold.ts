import { type Db, Prisma } from '@hoclieu/db';

/**
 * Questions no student may practise now: those of any exam whose assignment someone can still answer
 * (it closes later, or an attempt is still open: extra time, the save grace), whichever class or
 * school it is assigned to. Wider than the student's own classes on purpose: students of different
 * classes and schools talk, and a key practised in 9A would reach 9B's open exam. An exam not open
 * yet counts too, so practice never shows its keys beforehand. Practice never serves these questions
 * nor gives their keys.
 *
 * `question` is the SQL expression of the question id to test, e.g. Prisma.sql`q.id`.
 */
export function heldByOpenExam(now: Date, question: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "ExamItem" ei
    JOIN "Assignment" a ON a."examId" = ei."examId"
    WHERE ei."questionId" = ${question}
      AND (a."closesAt" > ${now}
        OR EXISTS (SELECT 1 FROM "Attempt" t WHERE t."assignmentId" = a.id AND t.status = 'open'))
  )`;
}

/** Prisma or one of its transactions. */
export type Reader = Pick<Db, '$queryRaw'>;
