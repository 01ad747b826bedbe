import type { ClassMastery } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, classMean, masteryOf, reachedGoal, weakestFirst } from '@hoclieu/domain';
import { followedClass } from './class-access.js';
import { goalView } from './goal-view.js';

/** The class × topic mastery table: the class's students, the topics in view, the class's goals. */
export async function classMastery(db: Db, actor: Actor, classId: string): Promise<ClassMastery> {
  const cls = await followedClass(db, actor, classId);
  const [enrollments, goals] = await Promise.all([
    db.enrollment.findMany({
      where: { classId },
      select: { student: { select: { id: true, fullName: true, username: true } } },
      orderBy: { student: { fullName: 'asc' } },
    }),
    db.practiceGoal.findMany({ where: { classId }, orderBy: [{ dueOn: 'desc' }, { createdAt: 'desc' }] }),
  ]);
  const studentIds = enrollments.map((e) => e.student.id);
  const goalTopicIds = [...new Set(goals.flatMap((g) => g.topicIds))];
  const rows = await db.topicMastery.findMany({
    where: {
      studentId: { in: studentIds },
      OR: [
        { topic: { grade: cls.grade, subjectCode: { in: cls.subjectCodes } } },
        { topicId: { in: goalTopicIds } },
      ],
    },
    include: { topic: { select: { id: true, title: true, subjectCode: true, position: true, grade: true } } },
  });
  const [goalTopics, subjects] = await Promise.all([
    db.topic.findMany({
      where: { id: { in: goalTopicIds } },
      select: { id: true, title: true, subjectCode: true, position: true, grade: true },
    }),
    db.subject.findMany({ where: { code: { in: cls.subjectCodes } }, orderBy: { name: 'asc' } }),
  ]);

  // Columns: the topics of the class's grade and the subjects in view that someone practised or a goal names.
  const inView = (t: { grade: number; subjectCode: string }) =>
    t.grade === cls.grade && cls.subjectCodes.includes(t.subjectCode);
  const columns = new Map<string, { id: string; title: string; subjectCode: string; position: number }>();
  for (const t of [...rows.map((r) => r.topic), ...goalTopics]) if (inView(t)) columns.set(t.id, t);
  const byTopic = new Map<string, typeof rows>();
  for (const row of rows) byTopic.set(row.topicId, [...(byTopic.get(row.topicId) ?? []), row]);
  const ordered = weakestFirst(
    [...columns.values()].map((t) => ({
      ...t,
      masteries: (byTopic.get(t.id) ?? []).map((r) => masteryOf(r.ability)),
    })),
  );

  const ability = new Map(rows.map((r) => [`${r.studentId}:${r.topicId}`, r.ability]));
  const titles = new Map(goalTopics.map((t) => [t.id, t.title]));
  return {
    class: { id: cls.id, name: cls.name, grade: cls.grade },
    subjects: subjects.map((s) => ({ code: s.code, name: s.name })),
    topics: ordered.map((t) => ({
      id: t.id,
      title: t.title,
      subjectCode: t.subjectCode,
      mean: classMean(t.masteries),
      answers: (byTopic.get(t.id) ?? []).reduce((sum, r) => sum + r.answers, 0),
    })),
    students: enrollments.map(({ student }) => ({
      ...student,
      cells: rows
        .filter((r) => r.studentId === student.id && columns.has(r.topicId))
        .map((r) => ({
          topicId: r.topicId,
          mastery: masteryOf(r.ability),
          answers: r.answers,
          correct: r.correct,
        })),
    })),
    goals: goals.map((goal) => ({
      ...goalView(goal, titles),
      reached: studentIds.filter((id) => reachedGoal(goal, (topicId) => ability.get(`${id}:${topicId}`))),
    })),
  };
}
