import type { Db } from '@hoclieu/db';
import { type Actor, can, dateValue, isoDate } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { auditTrailOf } from '../audit/record.js';
import { schoolScope } from '../org/scope.js';
import { userNames } from '../org/user-names.js';
import { recordInclude, recordOf } from '../reports/drill-down.js';
import { assertDateInYear } from './lesson-dates.js';
import { assertYearOpen } from './open-year.js';

const auditLesson = auditTrailOf('online_lesson');

const classWithYear = {
  include: { schoolYear: true, school: { include: { district: { select: { provinceId: true } } } } },
} as const;

/**
 * The school admin keeps the online-lesson record straight afterwards, in the current year or a past
 * one not yet closed: adds a lesson a teacher forgot, corrects a day or a number of periods, rejects
 * a wrong record. Each change is in the audit log with who made it and what it was before.
 */
export function createPastLessons(db: Db, clock: () => Date) {
  async function view(id: string) {
    const r = await db.onlineLesson.findUniqueOrThrow({ where: { id }, include: recordInclude });
    return recordOf(r, await userNames(db, [r.teacherId, r.confirmedById]));
  }

  return {
    async record(
      actor: Actor,
      classId: string,
      input: { subjectCode: string; date: string; periods: number; note: string },
    ) {
      const target = await db.class.findUnique({ where: { id: classId }, ...classWithYear });
      if (!target) throw new AppError('CLASS_NOT_FOUND');
      if (!can(actor, 'online_lesson.correct', schoolScope(target.school))) throw forbidden();
      assertYearOpen(target.schoolYear);
      assertDateInYear(input.date, target.schoolYear);
      if (!(await db.subject.findUnique({ where: { code: input.subjectCode } })))
        throw new AppError('SUBJECT_NOT_FOUND');
      const created = await db.$transaction(async (tx) => {
        const lesson = await tx.onlineLesson.create({
          data: {
            classId,
            subjectCode: input.subjectCode,
            date: dateValue(input.date),
            periods: input.periods,
            source: 'live',
            status: 'confirmed',
            note: input.note || null,
            teacherId: actor.userId,
            confirmedById: actor.userId,
            confirmedAt: clock(),
          },
        });
        const details = { classId, schoolYear: target.schoolYear.code, ...input };
        await auditLesson(tx, actor, 'recorded', lesson.id, schoolScope(target.school), details);
        return lesson;
      });
      return view(created.id);
    },

    async correct(
      actor: Actor,
      lessonId: string,
      input: { date?: string; periods?: number; status?: 'confirmed' | 'rejected'; note?: string },
    ) {
      const lesson = await db.onlineLesson.findUnique({
        where: { id: lessonId },
        include: { class: classWithYear },
      });
      if (!lesson) throw new AppError('NOT_FOUND');
      if (!can(actor, 'online_lesson.correct', schoolScope(lesson.class.school))) throw forbidden();
      assertYearOpen(lesson.class.schoolYear);
      if (input.date) assertDateInYear(input.date, lesson.class.schoolYear);
      const before = {
        date: isoDate(lesson.date),
        periods: lesson.periods,
        status: lesson.status,
        note: lesson.note,
      };
      await db.$transaction(async (tx) => {
        await tx.onlineLesson.update({
          where: { id: lessonId },
          data: {
            date: input.date ? dateValue(input.date) : undefined,
            periods: input.periods,
            note: input.note,
            ...(input.status && input.status !== lesson.status
              ? { status: input.status, confirmedById: actor.userId, confirmedAt: clock() }
              : {}),
          },
        });
        await auditLesson(tx, actor, 'corrected', lessonId, schoolScope(lesson.class.school), {
          classId: lesson.classId,
          schoolYear: lesson.class.schoolYear.code,
          before,
          after: input,
        });
      });
      return view(lessonId);
    },
  };
}
