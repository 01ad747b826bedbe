import type { PracticeHistory } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, stemPreview } from '@hoclieu/domain';
import { contentOf } from '../../db-json.js';
import { AppError } from '../../http/errors.js';
import { followedClass } from './class-access.js';

const LIMIT = 200;

/** A student's practice answers, newest first, for those who follow the student's class. */
export async function practiceHistory(
  db: Db,
  actor: Actor,
  classId: string,
  studentId: string,
): Promise<PracticeHistory> {
  await followedClass(db, actor, classId);
  const enrollment = await db.enrollment.findUnique({
    where: { studentId_classId: { studentId, classId } },
    select: { student: { select: { id: true, fullName: true } } },
  });
  if (!enrollment) throw new AppError('STUDENT_NOT_IN_CLASS');
  const answers = await db.practiceAnswer.findMany({
    where: { studentId },
    orderBy: [{ answeredAt: 'desc' }, { id: 'asc' }],
    take: LIMIT,
    include: { question: { select: { versions: { select: { number: true, content: true } } } } },
  });
  const topicIds = [...new Set(answers.flatMap((a) => (a.topicId ? [a.topicId] : [])))];
  const topics = await db.topic.findMany({
    where: { id: { in: topicIds } },
    select: { id: true, title: true },
  });
  const topicById = new Map(topics.map((t) => [t.id, t]));
  return {
    student: enrollment.student,
    answers: answers.map((a) => {
      const version = a.question.versions.find((v) => v.number === a.versionNumber) ?? a.question.versions[0];
      return {
        id: a.id,
        questionId: a.questionId,
        stemText: version ? stemPreview(contentOf(version).stem, 160) : '',
        topic: (a.topicId && topicById.get(a.topicId)) || null,
        correct: a.correct,
        score: a.score,
        answeredAt: a.answeredAt.toISOString(),
      };
    }),
  };
}
