import type { Db } from '@hoclieu/db';
import { AppError } from '../../http/errors.js';

type Reader = Pick<Db, 'class'>;

/**
 * A closed school year is read-only: its classes, enrolments and online lessons no longer change.
 * Every write into a class's year asks here first (in the writing transaction when it has one).
 */
export async function assertClassesWritable(db: Reader, classIds: string[]): Promise<void> {
  if (classIds.length === 0) return;
  const closed = await db.class.count({
    where: { id: { in: classIds }, schoolYear: { closedAt: { not: null } } },
  });
  if (closed > 0) throw new AppError('SCHOOL_YEAR_CLOSED');
}

/** For a year already loaded: refuses the write when the province closed it. */
export function assertYearOpen(year: { closedAt: Date | null }): void {
  if (year.closedAt) throw new AppError('SCHOOL_YEAR_CLOSED');
}
