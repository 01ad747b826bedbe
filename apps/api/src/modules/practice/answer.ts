import type { LabelledAnswer, PracticeAnswerInput, PracticeFeedback } from '@hoclieu/contracts';
import type { Prisma } from '@hoclieu/db';
import {
  type Actor,
  difficultyBand,
  eloUpdate,
  gradePart,
  masteryOf,
  practiceDifficulty,
} from '@hoclieu/domain';
import { z } from 'zod';
import { contentOf } from '../../db-json.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { isPractisable } from './candidates.js';
import { keyOf, type PractisableContent, practisable, solutionOf } from './question-view.js';
import { reviewAfter } from './review-schedule.js';
import { studentScope } from './student-scope.js';
import type { PracticeDeps } from './ticket.js';

type Tx = Prisma.TransactionClient;

const masteryRow = z.object({ ability: z.number(), answers: z.number().int() });
const questionRow = z.object({
  estimatedDifficulty: z.number().nullable(),
  difficultyAnswers: z.number().int(),
  difficulty: z.number().int().nullable(),
  level: z.string().nullable(),
});

/** The student's ability on the topic, its row locked: one student's answers on a topic queue up here. */
async function lockedMastery(tx: Tx, studentId: string, topicId: string) {
  await tx.$executeRaw`
    INSERT INTO "TopicMastery" ("studentId", "topicId", ability, answers, correct, "updatedAt")
    VALUES (${studentId}::uuid, ${topicId}::uuid, 0, 0, 0, now()) ON CONFLICT DO NOTHING`;
  const rows = await tx.$queryRaw`
    SELECT ability, answers FROM "TopicMastery"
    WHERE "studentId" = ${studentId}::uuid AND "topicId" = ${topicId}::uuid FOR UPDATE`;
  return masteryRow.array().length(1).parse(rows)[0] as z.infer<typeof masteryRow>;
}

/** The question's difficulty estimate, its row locked: concurrent answers to it update in turn. */
async function lockedQuestion(tx: Tx, questionId: string) {
  const rows = await tx.$queryRaw`
    SELECT "estimatedDifficulty", "difficultyAnswers", difficulty, level::text AS level
    FROM "Question" WHERE id = ${questionId}::uuid FOR UPDATE`;
  return questionRow.array().length(1).parse(rows)[0] as z.infer<typeof questionRow>;
}

type Stored = { id: string; questionId: string; score: number; abilityBefore: number; abilityAfter: number };

/**
 * A practice answer: graded by the quizzes' own grader, then in one transaction the answer stored,
 * the student's topic ability and the question's difficulty moved by Elo, and the question scheduled
 * for review (FSRS) when it went wrong. Only a question practice served to this student (its ticket)
 * is taken; the page's answer id makes a retried request count once.
 */
export function createPracticeAnswers({ db, clock, tickets }: PracticeDeps) {
  async function reviewAtOf(studentId: string, questionId: string, now: Date) {
    const review = await db.practiceReview.findUnique({
      where: { studentId_questionId: { studentId, questionId } },
    });
    return review && review.dueAt > now ? review.dueAt.toISOString() : null;
  }

  function feedback(
    stored: Stored & { topicId: string | null; answer: unknown },
    content: PractisableContent,
    reviewAt: string | null,
  ): PracticeFeedback {
    const status = statusOf(content, stored.answer as LabelledAnswer);
    return {
      answerId: stored.id,
      questionId: stored.questionId,
      status,
      score: stored.score,
      key: keyOf(content),
      solution: solutionOf(content),
      mastery: {
        topicId: stored.topicId ?? '',
        before: masteryOf(stored.abilityBefore),
        after: masteryOf(stored.abilityAfter),
      },
      reviewAt,
    };
  }

  return {
    async answer(actor: Actor, input: PracticeAnswerInput): Promise<PracticeFeedback> {
      const now = clock();
      const scope = await studentScope(db, actor, now);
      const served = tickets.read(input.ticket, now);
      if (!served || served.studentId !== actor.userId) throw new AppError('PRACTICE_NOT_SERVED');
      const { questionId } = served;
      // Checked on every call, retries included: a question that entered an open exam (or left the
      // shared bank) since it was served is neither graded nor given with its key.
      if (!(await isPractisable(db, scope, questionId))) throw new AppError('PRACTICE_QUESTION_UNAVAILABLE');
      const [version, question] = await Promise.all([
        db.questionVersion.findUniqueOrThrow({
          where: { questionId_number: { questionId, number: served.version } },
        }),
        db.question.findUniqueOrThrow({ where: { id: questionId }, select: { topicId: true } }),
      ]);
      const content = contentOf(version);
      if (!practisable(content) || !question.topicId) throw new AppError('PRACTICE_QUESTION_UNAVAILABLE');
      const topicId = question.topicId;
      const graded = gradePart(content, input.answer, 1, { multipleSelect: 'all_or_nothing' });
      const right = graded.status === 'correct';

      const stored = await db.$transaction(async (tx) => {
        const mastery = await lockedMastery(tx, actor.userId, topicId);
        // Under the lock: a retry of this answer, or another answer to the same serving, finds it.
        const earlier = await tx.practiceAnswer.findUnique({ where: { id: input.answerId } });
        if (earlier) {
          if (earlier.studentId !== actor.userId || earlier.questionId !== questionId)
            throw new AppError('PRACTICE_ALREADY_ANSWERED');
          return earlier;
        }
        const sameServing = await tx.practiceAnswer.findFirst({
          where: { studentId: actor.userId, questionId, answeredAt: { gte: new Date(served.servedAt) } },
        });
        if (sameServing) throw new AppError('PRACTICE_ALREADY_ANSWERED');
        const q = await lockedQuestion(tx, questionId);
        const moved = eloUpdate(
          { rating: mastery.ability, answers: mastery.answers },
          { rating: practiceDifficulty(q), answers: q.difficultyAnswers },
          graded.score,
        );
        await tx.$executeRaw`
          UPDATE "TopicMastery" SET ability = ${moved.ability}, answers = answers + 1,
            correct = correct + ${right ? 1 : 0}, "updatedAt" = ${now}
          WHERE "studentId" = ${actor.userId}::uuid AND "topicId" = ${topicId}::uuid`;
        await tx.$executeRaw`
          UPDATE "Question" SET "estimatedDifficulty" = ${moved.difficulty},
            "difficultyAnswers" = "difficultyAnswers" + 1
          WHERE id = ${questionId}::uuid`;
        // The bank's estimate filter reads the band from the search index: refresh it when it moved.
        const bandBefore = q.estimatedDifficulty === null ? null : difficultyBand(q.estimatedDifficulty);
        if (bandBefore !== difficultyBand(moved.difficulty))
          await tx.searchOutbox.create({
            data: { indexName: 'questions', documentId: questionId, operation: 'upsert' },
          });
        const row = await tx.practiceAnswer.create({
          data: {
            id: input.answerId,
            studentId: actor.userId,
            questionId,
            versionNumber: served.version,
            topicId,
            score: graded.score,
            correct: right,
            answer: input.answer,
            abilityBefore: mastery.ability,
            abilityAfter: moved.ability,
            answeredAt: now,
          },
        });
        await scheduleReview(tx, actor.userId, questionId, topicId, right, now);
        await recordAudit(tx, {
          actor,
          action: 'practice.answer',
          resourceType: 'question',
          resourceId: questionId,
          scope: actor,
          details: { answerId: row.id, topicId, score: graded.score, ability: moved.ability },
        });
        return row;
      });
      return feedback(stored, content, await reviewAtOf(actor.userId, questionId, now));
    },
  };
}

/** Wrong: the question comes back (FSRS Again). Right on a due review: it comes back later (Good). */
async function scheduleReview(
  tx: Tx,
  studentId: string,
  questionId: string,
  topicId: string,
  right: boolean,
  now: Date,
) {
  const key = { studentId_questionId: { studentId, questionId } };
  const existing = await tx.practiceReview.findUnique({ where: key });
  if (right && (!existing || existing.dueAt > now)) return;
  const next = reviewAfter(existing?.card ?? null, right, now);
  await tx.practiceReview.upsert({
    where: key,
    create: { studentId, questionId, topicId, card: next.card, dueAt: next.dueAt },
    update: { topicId, card: next.card, dueAt: next.dueAt },
  });
}

/** The outcome of a stored answer, graded again against the version it answered (retries). */
function statusOf(content: PractisableContent, answer: LabelledAnswer): PracticeFeedback['status'] {
  const status = gradePart(content, answer, 1, { multipleSelect: 'all_or_nothing' }).status;
  return status === 'manual' ? 'blank' : status;
}
