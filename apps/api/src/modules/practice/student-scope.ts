import type { PracticeTopic } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, practises, viewerTokens } from '@hoclieu/domain';
import { forbidden } from '../../http/errors.js';
import type { PracticeScope } from './candidates.js';

/** Bank audience tokens a student's practice reads by: the school, district and province only. */
const SHARED_TOKEN = /^(school|district|province):/;

/** The student's practice scope now; anyone but a student is refused. */
export async function studentScope(
  db: Db,
  actor: Actor,
  now: Date,
  choice: { topicId?: string | undefined; subjectCode?: string | undefined } = {},
): Promise<PracticeScope> {
  if (!practises(actor)) throw forbidden();
  const classes = await db.enrollment.findMany({
    where: { studentId: actor.userId },
    select: { class: { select: { grade: true } } },
  });
  return {
    studentId: actor.userId,
    tokens: viewerTokens(actor, []).filter((token) => SHARED_TOKEN.test(token)),
    grades: [...new Set(classes.map((c) => c.class.grade))],
    now,
    ...choice,
  };
}

/** Topics with their subject, by id. */
export async function topicsByIds(db: Db, ids: string[]): Promise<Map<string, PracticeTopic>> {
  const topics = await db.topic.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, grade: true, subject: { select: { code: true, name: true } } },
  });
  return new Map(topics.map((t) => [t.id, { id: t.id, title: t.title, grade: t.grade, subject: t.subject }]));
}
