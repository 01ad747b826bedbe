import type { Db } from '@hoclieu/db';
import { type CalendarDate, isoDate } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';

/** A lesson of a class happens within the class's school year, first day to last (LESSON_DATE_OUTSIDE_YEAR). */
export function assertDateInYear(date: CalendarDate, year: { startDate: Date; endDate: Date }): void {
  if (date < isoDate(year.startDate) || date > isoDate(year.endDate))
    throw new AppError('LESSON_DATE_OUTSIDE_YEAR');
}

/** The same for a class by id (its year loaded here); a missing class is the caller's own check. */
export async function assertLessonDateOfClass(
  db: Pick<Db, 'class'>,
  classId: string,
  date: CalendarDate,
): Promise<void> {
  const found = await db.class.findUnique({ where: { id: classId }, select: { schoolYear: true } });
  if (found) assertDateInYear(date, found.schoolYear);
}
