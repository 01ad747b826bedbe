import type { MyPracticeGoals, PracticeGoal } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type Actor,
  dateValue,
  hasPracticeGoals,
  masteryOf,
  reachedGoal,
  vietnamDate,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { schoolScope } from '../org/scope.js';
import { followedClass } from './class-access.js';
import { goalView } from './goal-view.js';

interface GoalInput {
  topicIds: string[];
  target: number;
  dueOn: string;
}

/** "Luyện tập đến khi thành thạo": a class's goals, set and removed by those who follow its practice. */
export function createPracticeGoals(db: Db, clock: () => Date) {
  async function auditScope(schoolId: string) {
    return schoolScope(
      await db.school.findUniqueOrThrow({
        where: { id: schoolId },
        select: { id: true, districtId: true, district: { select: { provinceId: true } } },
      }),
    );
  }

  return {
    async create(actor: Actor, classId: string, input: GoalInput): Promise<PracticeGoal> {
      const cls = await followedClass(db, actor, classId);
      if (input.dueOn < vietnamDate(clock())) throw new AppError('PRACTICE_GOAL_DUE_PAST');
      const topicIds = [...new Set(input.topicIds)];
      const topics = await db.topic.findMany({
        where: {
          id: { in: topicIds },
          grade: cls.grade,
          subjectCode: { in: cls.subjectCodes },
          retiredAt: null,
        },
        select: { id: true, title: true },
      });
      if (topics.length !== topicIds.length) {
        const found = new Set(topics.map((t) => t.id));
        const issues = topicIds.flatMap((id, i) =>
          found.has(id) ? [] : [{ path: `topicIds.${i}`, message: id }],
        );
        throw new AppError('PRACTICE_GOAL_TOPIC_INVALID', issues);
      }
      const scope = await auditScope(cls.schoolId);
      const goal = await db.$transaction(async (tx) => {
        const created = await tx.practiceGoal.create({
          data: {
            classId,
            topicIds,
            target: input.target,
            dueOn: dateValue(input.dueOn),
            createdById: actor.userId,
          },
        });
        await recordAudit(tx, {
          actor,
          action: 'practice_goal.create',
          resourceType: 'practice_goal',
          resourceId: created.id,
          scope,
          details: { classId, className: cls.name, topicIds, target: input.target, dueOn: input.dueOn },
        });
        return created;
      });
      return goalView(goal, new Map(topics.map((t) => [t.id, t.title])));
    },

    async remove(actor: Actor, goalId: string): Promise<{ ok: true }> {
      const goal = await db.practiceGoal.findUnique({ where: { id: goalId } });
      if (!goal) throw new AppError('PRACTICE_GOAL_NOT_FOUND');
      const cls = await followedClass(db, actor, goal.classId);
      const scope = await auditScope(cls.schoolId);
      await db.$transaction(async (tx) => {
        await tx.practiceGoal.delete({ where: { id: goalId } });
        await recordAudit(tx, {
          actor,
          action: 'practice_goal.delete',
          resourceType: 'practice_goal',
          resourceId: goalId,
          scope,
          details: { classId: goal.classId, className: cls.name, topicIds: goal.topicIds },
        });
      });
      return { ok: true };
    },

    /** The goals of the student's classes (latest due first) with the student's own mastery. */
    async mine(actor: Actor): Promise<MyPracticeGoals> {
      if (!hasPracticeGoals(actor)) throw forbidden();
      const enrollments = await db.enrollment.findMany({
        where: { studentId: actor.userId },
        select: { classId: true, class: { select: { name: true } } },
      });
      const goals = await db.practiceGoal.findMany({
        where: { classId: { in: enrollments.map((e) => e.classId) } },
        orderBy: [{ dueOn: 'desc' }, { createdAt: 'desc' }],
      });
      const topicIds = [...new Set(goals.flatMap((g) => g.topicIds))];
      const [topics, masteries] = await Promise.all([
        db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, title: true } }),
        db.topicMastery.findMany({ where: { studentId: actor.userId, topicId: { in: topicIds } } }),
      ]);
      const titles = new Map(topics.map((t) => [t.id, t.title]));
      const ability = new Map(masteries.map((m) => [m.topicId, m.ability]));
      const classNames = new Map(enrollments.map((e) => [e.classId, e.class.name]));
      return {
        goals: goals.map((goal) => ({
          ...goalView(goal, titles),
          className: classNames.get(goal.classId) ?? '',
          progress: goal.topicIds.map((topicId) => {
            const a = ability.get(topicId);
            return { topicId, mastery: a === undefined ? null : masteryOf(a) };
          }),
          reached: reachedGoal(goal, (topicId) => ability.get(topicId)),
        })),
      };
    },
  };
}
