import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';

/** Refuses with CLASS_NOT_TAUGHT unless the actor teaches the subject to the class. */
export async function assertTeaches(
  db: Pick<Db, 'teachingAssignment'>,
  actor: Actor,
  { classId, subjectCode }: { classId: string; subjectCode: string },
): Promise<void> {
  const teaches = await db.teachingAssignment.findUnique({
    where: { teacherId_classId_subjectCode: { teacherId: actor.userId, classId, subjectCode } },
  });
  if (!teaches) throw new AppError('CLASS_NOT_TAUGHT');
}
