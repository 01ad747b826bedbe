import type { Db, Prisma } from '@hoclieu/db';
import {
  difficultyAfterTestAnswer,
  difficultyBand,
  type GradedExamItem,
  testAnswerScores,
} from '@hoclieu/domain';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { resultsOf } from '../../db-json.js';
import { itemContent } from '../assessments/repository.js';

const BATCH = 50;
const idRows = z.array(z.object({ id: z.string() }));
const estimateRows = z.array(
  z.object({ id: z.string(), estimatedDifficulty: z.number().nullable(), difficultyAnswers: z.number() }),
);

type Tx = Prisma.TransactionClient;

/**
 * Question difficulty from graded tests, off the submit's path. A submitted attempt whose
 * `difficultyCountedAt` is null is the outbox entry (written by the grading transaction itself, at no
 * cost): `kick()` after a grade counts the pending attempts in the background, one transaction per
 * attempt that first claims it (sets the column), so an attempt is counted once whatever the number
 * of processes, kicks or crashes; a crash before the claim leaves it for the next kick.
 */
export function createTestDifficulty(
  db: Db,
  log: FastifyBaseLogger,
  /** Told when a question's band moved, after the commit: the search outbox applies it at once. */
  onIndexChanged: () => void = () => undefined,
) {
  let previous: Promise<unknown> = Promise.resolve();
  let queued: Promise<number> | null = null;
  let bandsMoved = false;

  async function countAttempt(tx: Tx, attemptId: string): Promise<boolean> {
    const claimed = await tx.$executeRaw`
      UPDATE "Attempt" SET "difficultyCountedAt" = now()
      WHERE id = ${attemptId}::uuid AND status = 'submitted' AND "difficultyCountedAt" IS NULL`;
    if (claimed === 0) return false;
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        studentId: true,
        results: true,
        assignment: {
          select: {
            exam: {
              select: {
                subjectCode: true,
                items: {
                  select: {
                    key: true,
                    points: true,
                    questionId: true,
                    keyOverride: true,
                    questionVersion: { select: { number: true, content: true } },
                    question: { select: { topicId: true } },
                  },
                },
              },
            },
          },
        },
      },
    });
    const { exam } = attempt.assignment;
    const items: GradedExamItem[] = exam.items.map((item) => ({
      key: item.key,
      points: item.points,
      questionId: item.questionId,
      content: itemContent(item),
    }));
    const scores = testAnswerScores(items, resultsOf(attempt), exam.subjectCode);
    if (scores.length === 0) return true;
    const ids = [...new Set(scores.map((s) => s.questionId))].sort();
    // Locked in id order: two processes counting attempts of the same exam never wait on each other in a cycle.
    const current = estimateRows.parse(
      await tx.$queryRaw`
        SELECT id::text, "estimatedDifficulty", "difficultyAnswers" FROM "Question"
        WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`,
    );
    const topicOf = new Map(exam.items.map((i) => [i.questionId, i.question.topicId]));
    const topicIds = [...new Set([...topicOf.values()].filter((t): t is string => t !== null))];
    const masteries = await tx.topicMastery.findMany({
      where: { studentId: attempt.studentId, topicId: { in: topicIds } },
      select: { topicId: true, ability: true, answers: true },
    });
    const student = new Map(masteries.map((m) => [m.topicId, m]));
    const estimates = new Map(
      current.map((q) => [q.id, { difficulty: q.estimatedDifficulty, answers: q.difficultyAnswers }]),
    );
    const changedBand: string[] = [];
    for (const { questionId, score } of scores) {
      const before = estimates.get(questionId);
      if (!before) continue;
      const topicId = topicOf.get(questionId);
      const mastery = (topicId && student.get(topicId)) || { ability: 0, answers: 0 };
      const after = difficultyAfterTestAnswer(before, mastery, score);
      estimates.set(questionId, after);
      const bandBefore = before.difficulty === null ? null : difficultyBand(before.difficulty);
      if (after.difficulty !== null && bandBefore !== difficultyBand(after.difficulty))
        changedBand.push(questionId);
    }
    const updated = [...estimates.entries()];
    // One statement for the attempt's questions; "updatedAt" is left alone: the question did not change.
    await tx.$executeRaw`
      UPDATE "Question" q SET "estimatedDifficulty" = u.difficulty, "difficultyAnswers" = u.answers
      FROM unnest(${updated.map(([id]) => id)}::uuid[], ${updated.map(([, e]) => e.difficulty)}::float8[],
                  ${updated.map(([, e]) => e.answers)}::int[]) AS u(id, difficulty, answers)
      WHERE q.id = u.id`;
    // The bank's estimate filter reads the band from the search index: refresh it when it moved.
    if (changedBand.length > 0) bandsMoved = true;
    if (changedBand.length > 0)
      await tx.searchOutbox.createMany({
        data: [...new Set(changedBand)].map((documentId) => ({
          indexName: 'questions',
          documentId,
          operation: 'upsert',
        })),
      });
    return true;
  }

  async function drainOnce(): Promise<number> {
    let counted = 0;
    bandsMoved = false;
    for (;;) {
      const pending = idRows.parse(
        await db.$queryRaw`
          SELECT id::text FROM "Attempt"
          WHERE "difficultyCountedAt" IS NULL AND status = 'submitted'
          ORDER BY "submittedAt" LIMIT ${BATCH}`,
      );
      if (pending.length === 0) {
        if (bandsMoved) onIndexChanged();
        return counted;
      }
      for (const { id } of pending) {
        try {
          if (await db.$transaction((tx) => countAttempt(tx, id))) counted++;
        } catch (error) {
          // One unreadable attempt must not hold back the others: it is set aside, uncounted, and logged.
          log.error({ err: error, attemptId: id }, 'attempt left out of question difficulty');
          await db.$executeRaw`
            UPDATE "Attempt" SET "difficultyCountedAt" = now()
            WHERE id = ${id}::uuid AND "difficultyCountedAt" IS NULL`;
        }
      }
    }
  }

  /**
   * Counts every pending attempt; resolves with how many the pass counted. One pass at a time per
   * process: a call while a pass runs queues one more after it (it sees what committed meanwhile),
   * and calls while that one waits share it.
   */
  function drain(): Promise<number> {
    if (queued === null) {
      const pass = previous.then(() => {
        queued = null;
        return drainOnce();
      });
      queued = pass;
      previous = pass.catch(() => undefined);
    }
    return queued;
  }

  return {
    drain,
    /** Fire and forget, after a grading transaction committed. */
    kick() {
      drain().catch((error) => log.error({ err: error }, 'question difficulty from tests failed'));
    },
  };
}
