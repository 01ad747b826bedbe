import type { Db } from '@hoclieu/db';
import {
  type Actor,
  dateValue,
  isoDate,
  mayConfirmLiveClass,
  mayConfirmLiveClasses,
  mayDeclareLiveClass,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { assertTeaches } from '../org/teaching.js';
import { userNames } from '../org/user-names.js';
import { assertLessonDateOfClass } from '../school-years/lesson-dates.js';
import { assertClassesWritable } from '../school-years/open-year.js';
import { recordInclude, recordOf } from './drill-down.js';

interface LiveClass {
  classId: string;
  subjectCode: string;
  date: string;
  periods: number;
  link: string;
  note: string;
}

/** Live online classes: declared by the teacher with evidence, counted once the school admin confirms. */
export function createLiveClasses(db: Db, clock: () => Date) {
  async function view(id: string) {
    const r = await db.onlineLesson.findUniqueOrThrow({ where: { id }, include: recordInclude });
    return recordOf(r, await userNames(db, [r.teacherId, r.confirmedById]));
  }

  return {
    async declare(actor: Actor, input: LiveClass) {
      if (!mayDeclareLiveClass(actor)) throw forbidden();
      await assertTeaches(db, actor, input);
      await assertClassesWritable(db, [input.classId]);
      await assertLessonDateOfClass(db, input.classId, input.date);
      const created = await db.onlineLesson.create({
        data: {
          classId: input.classId,
          subjectCode: input.subjectCode,
          date: dateValue(input.date),
          periods: input.periods,
          source: 'live',
          status: 'pending',
          link: input.link,
          note: input.note || null,
          teacherId: actor.userId,
        },
      });
      return view(created.id);
    },

    async pending(actor: Actor) {
      if (!mayConfirmLiveClasses(actor)) throw forbidden();
      const rows = await db.onlineLesson.findMany({
        where: { status: 'pending', class: { schoolId: actor.schoolId ?? '' } },
        include: recordInclude,
        orderBy: { date: 'asc' },
        take: 500,
      });
      const names = await userNames(
        db,
        rows.map((r) => r.teacherId),
      );
      return { items: rows.map((r) => recordOf(r, names)) };
    },

    async decide(actor: Actor, lessonId: string, confirm: boolean) {
      const r = await db.onlineLesson.findUnique({ where: { id: lessonId }, include: { class: true } });
      if (!r) throw new AppError('NOT_FOUND');
      if (!mayConfirmLiveClass(actor, r.class)) throw forbidden();
      if (r.status !== 'pending') throw new AppError('CONFLICT');
      await assertClassesWritable(db, [r.classId]);
      await db.$transaction(async (tx) => {
        await tx.onlineLesson.update({
          where: { id: lessonId },
          data: {
            status: confirm ? 'confirmed' : 'rejected',
            confirmedById: actor.userId,
            confirmedAt: clock(),
          },
        });
        await recordAudit(tx, {
          actor,
          action: confirm ? 'online_lesson.confirmed' : 'online_lesson.rejected',
          resourceType: 'online_lesson',
          resourceId: lessonId,
          scope: actor,
          details: { classId: r.classId, periods: r.periods, date: isoDate(r.date) },
        });
      });
      return view(lessonId);
    },
  };
}
