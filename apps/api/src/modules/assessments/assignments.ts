import type { AssignmentInput, AssignmentSummary } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import {
  type Actor,
  type AssignmentPlace,
  dateValue,
  examClassGrant,
  mayAssignExams,
  mayManageAssignment,
  sitsExams,
  vietnamDate,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { classesEverOf } from '../org/classes.js';
import { assertClassesWritable } from '../school-years/open-year.js';
import { managedExam } from './access.js';
import { assertExtraTimeInClasses } from './extra-time.js';
import { isReleased } from './release.js';

const assignmentInclude = {
  exam: {
    select: {
      id: true,
      title: true,
      authorId: true,
      subject: { select: { code: true, name: true } },
      items: { select: { points: true } },
    },
  },
  classes: { include: { class: { select: { id: true, name: true, schoolId: true } } } },
} satisfies Prisma.AssignmentInclude;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ include: typeof assignmentInclude }>;

export function summaryOf(
  a: AssignmentRow,
  now: Date,
  extra: Pick<AssignmentSummary, 'myAttempts' | 'submittedCount' | 'studentCount'>,
): AssignmentSummary {
  return {
    id: a.id,
    examId: a.examId,
    title: a.exam.title,
    subject: a.exam.subject,
    classes: a.classes.map((c) => ({ id: c.class.id, name: c.class.name })),
    opensAt: a.opensAt.toISOString(),
    closesAt: a.closesAt.toISOString(),
    timeLimitMinutes: a.timeLimitMinutes,
    attemptsAllowed: a.attemptsAllowed,
    releasePolicy: a.releasePolicy,
    released: isReleased(a, now),
    periods: a.periods,
    oneDevice: a.oneDevice,
    ...extra,
  };
}

/** The assignment as permissions see it (`mayManageAssignment`). */
const placeOf = (a: AssignmentRow): AssignmentPlace => ({
  teacherId: a.teacherId,
  classSchoolIds: a.classes.map((c) => c.class.schoolId),
});

export function createAssignmentService(db: Db, clock: () => Date) {
  async function counts(a: AssignmentRow) {
    const classIds = a.classes.map((c) => c.classId);
    const [studentCount, submitted] = await Promise.all([
      db.enrollment.count({ where: { classId: { in: classIds } } }),
      db.attempt.findMany({
        where: { assignmentId: a.id, status: 'submitted' },
        distinct: ['studentId'],
        select: { studentId: true },
      }),
    ]);
    return { studentCount, submittedCount: submitted.length };
  }

  async function managed(actor: Actor, assignmentId: string) {
    if (!mayAssignExams(actor)) throw forbidden();
    const a = await db.assignment.findUnique({ where: { id: assignmentId }, include: assignmentInclude });
    if (!a) throw new AppError('ASSIGNMENT_NOT_FOUND');
    if (!mayManageAssignment(actor, placeOf(a))) throw forbidden();
    return a;
  }

  return {
    managed,

    /**
     * Gives an exam to classes the actor teaches that subject in (a school admin: any class of the
     * school). Each class gets an online-delivery record (source "test") for the reporting.
     */
    async assign(actor: Actor, examId: string, input: Required<AssignmentInput>) {
      const exam = await managedExam(db, actor, examId);
      if (exam.versions.length === 0) throw new AppError('TEST_NO_VERSIONS');
      const opensAt = new Date(input.opensAt);
      const closesAt = new Date(input.closesAt);
      if (closesAt <= opensAt) throw new AppError('ASSIGNMENT_INVALID_WINDOW');
      const classIds = [...new Set(input.classIds)];
      const classes = await db.class.findMany({ where: { id: { in: classIds } } });
      if (classes.length !== classIds.length) throw new AppError('CLASS_NOT_FOUND');
      if (classes.some((c) => c.grade !== exam.grade)) throw new AppError('ASSIGNMENT_CLASS_GRADE');
      await assertClassesWritable(db, classIds);
      for (const c of classes) {
        if (examClassGrant(actor, c) === 'granted') continue;
        const teaches = await db.teachingAssignment.findUnique({
          where: {
            teacherId_classId_subjectCode: {
              teacherId: actor.userId,
              classId: c.id,
              subjectCode: exam.subjectCode,
            },
          },
        });
        if (!teaches) throw new AppError('CLASS_NOT_TAUGHT');
      }
      await assertExtraTimeInClasses(db, classIds, input.extraTime);
      const id = await db.$transaction(async (tx) => {
        const a = await tx.assignment.create({
          data: {
            examId,
            teacherId: actor.userId,
            opensAt,
            closesAt,
            timeLimitMinutes: input.timeLimitMinutes,
            attemptsAllowed: input.attemptsAllowed,
            releasePolicy: input.releasePolicy,
            periods: input.periods,
            extraTime: input.extraTime,
            oneDevice: input.oneDevice,
            classes: { create: classIds.map((classId) => ({ classId })) },
          },
        });
        await tx.onlineLesson.createMany({
          data: classIds.map((classId) => ({
            classId,
            subjectCode: exam.subjectCode,
            assignmentId: a.id,
            // The day the exam was held, in Vietnam: opening at 06:00 there is 23:00 UTC the day before.
            date: dateValue(vietnamDate(opensAt)),
            periods: input.periods,
            source: 'test',
            teacherId: actor.userId,
          })),
        });
        return a.id;
      });
      const a = await db.assignment.findUniqueOrThrow({ where: { id }, include: assignmentInclude });
      return summaryOf(a, clock(), { myAttempts: [], ...(await counts(a)) });
    },

    /** A student's assignments (their classes, this year and before) or a teacher's own. */
    async list(actor: Actor) {
      const now = clock();
      if (sitsExams(actor)) {
        const rows = await db.assignment.findMany({
          where: { classes: { some: { class: classesEverOf(actor.userId) } } },
          include: {
            ...assignmentInclude,
            attempts: { where: { studentId: actor.userId }, orderBy: { number: 'asc' } },
          },
          orderBy: { opensAt: 'desc' },
          take: 100,
        });
        return {
          items: rows.map((a) =>
            summaryOf(a, now, {
              myAttempts: a.attempts.map((t) => ({
                id: t.id,
                status: t.status,
                score: t.status === 'submitted' && isReleased(a, now) ? t.score : null,
                maxScore: t.maxScore,
              })),
              submittedCount: null,
              studentCount: null,
            }),
          ),
        };
      }
      const rows = await db.assignment.findMany({
        where: { teacherId: actor.userId },
        include: assignmentInclude,
        orderBy: { opensAt: 'desc' },
        take: 200,
      });
      return {
        items: await Promise.all(
          rows.map(async (a) => summaryOf(a, now, { myAttempts: [], ...(await counts(a)) })),
        ),
      };
    },

    async release(actor: Actor, assignmentId: string) {
      const a = await managed(actor, assignmentId);
      const updated = await db.assignment.update({
        where: { id: a.id },
        data: { released: true },
        include: assignmentInclude,
      });
      return summaryOf(updated, clock(), { myAttempts: [], ...(await counts(updated)) });
    },

    counts,
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
