import type { Db } from '@hoclieu/db';
import { AppError } from '../../http/errors.js';

/**
 * Extra time goes only to students of the classes the exam is assigned to: anyone else's
 * entry would lengthen the window in which nobody may see the keys, for no one who can sit the exam.
 */
export async function assertExtraTimeInClasses(
  db: Db,
  classIds: string[],
  extraTime: { studentId: string }[],
): Promise<void> {
  const studentIds = [...new Set(extraTime.map((e) => e.studentId))];
  if (studentIds.length === 0) return;
  const enrolled = await db.enrollment.findMany({
    where: { classId: { in: classIds }, studentId: { in: studentIds } },
    select: { studentId: true },
    distinct: ['studentId'],
  });
  if (enrolled.length !== studentIds.length) {
    const found = new Set(enrolled.map((e) => e.studentId));
    const outside = studentIds.filter((id) => !found.has(id));
    throw new AppError(
      'EXTRA_TIME_STUDENT_NOT_IN_CLASSES',
      outside.map((id) => ({ path: 'extraTime', message: id })),
    );
  }
}
