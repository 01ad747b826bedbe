import type { Db } from '@hoclieu/db';
import { type Actor, mayFollowClassPractice } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';

/**
 * The class whose practice the actor follows, with the subjects in view: a teacher's own subjects in
 * the class, every subject taught there for the school admin. Refuses anyone else.
 */
export async function followedClass(
  db: Pick<Db, 'class' | 'teachingAssignment'>,
  actor: Actor,
  classId: string,
) {
  const cls = await db.class.findUnique({
    where: { id: classId },
    select: { id: true, name: true, grade: true, schoolId: true },
  });
  if (!cls) throw new AppError('CLASS_NOT_FOUND');
  const teaching = await db.teachingAssignment.findMany({
    where: { classId },
    select: { teacherId: true, subjectCode: true },
  });
  const own = teaching.filter((t) => t.teacherId === actor.userId);
  if (!mayFollowClassPractice(actor, cls, own.length > 0)) throw forbidden();
  const subjects = actor.role === 'teacher' ? own : teaching;
  return { ...cls, subjectCodes: [...new Set(subjects.map((t) => t.subjectCode))] };
}
