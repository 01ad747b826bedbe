import type { Db } from '@hoclieu/db';
import { type Actor, dateValue, isoDate, materialClassGrant } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { assertTeaches } from '../org/teaching.js';
import { assertDateInYear } from '../school-years/lesson-dates.js';
import { assertClassesWritable } from '../school-years/open-year.js';
import { refreshAudience } from './repository.js';
import type { MaterialService } from './service.js';

interface Assignment {
  classId: string;
  subjectCode: string;
  date: string;
  periods: number;
}

/**
 * Bài học trực tuyến: a teacher gives a class a material as an online lesson. These rows are what
 * the online-share report counts (class, subject, date, periods, source).
 */
export function createOnlineLessonService(db: Db, materials: MaterialService, onChange: () => void) {
  return {
    async assign(actor: Actor, materialId: string, input: Assignment) {
      await materials.visibleMaterial(actor, materialId);
      const target = await db.class.findUnique({
        where: { id: input.classId },
        include: { schoolYear: true },
      });
      if (!target) throw new AppError('CLASS_NOT_FOUND');
      await assertClassesWritable(db, [target.id]);
      const grant = materialClassGrant(actor, target);
      if (grant === 'refused') throw forbidden();
      if (grant === 'if_teaching') await assertTeaches(db, actor, input);
      if (!(await db.subject.findUnique({ where: { code: input.subjectCode } })))
        throw new AppError('SUBJECT_NOT_FOUND');
      assertDateInYear(input.date, target.schoolYear);
      const lesson = await db.$transaction(async (tx) => {
        const created = await tx.onlineLesson.create({
          data: {
            classId: input.classId,
            subjectCode: input.subjectCode,
            materialId,
            date: dateValue(input.date),
            periods: input.periods,
            source: 'material',
            teacherId: actor.userId,
          },
        });
        // The class now sees the material.
        await refreshAudience(tx, materialId);
        return created;
      });
      onChange();
      return {
        id: lesson.id,
        classId: lesson.classId,
        subjectCode: lesson.subjectCode,
        date: isoDate(lesson.date),
        periods: lesson.periods,
        source: lesson.source,
      };
    },
  };
}
