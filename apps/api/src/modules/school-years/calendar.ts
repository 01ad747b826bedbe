import type { SchoolYearInput } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type Actor,
  calendarProblem,
  can,
  dateValue,
  GLOBAL_SCOPE,
  isoDate,
  yearsOverlap,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { auditTrailOf } from '../audit/record.js';

const auditYear = auditTrailOf('school_year');

type YearRow = Awaited<ReturnType<Db['schoolYear']['findFirstOrThrow']>>;

export const schoolYearView = (y: YearRow) => ({
  id: y.id,
  code: y.code,
  startDate: isoDate(y.startDate),
  endDate: isoDate(y.endDate),
  semester1End: isoDate(y.semester1End),
  semester2Start: isoDate(y.semester2Start),
  isCurrent: y.isCurrent,
  closedAt: y.closedAt ? y.closedAt.toISOString() : null,
});

/**
 * School years are one calendar for the whole deployment (a deployment serves one Sở GDĐT, and the
 * Ministry's frame names the same years everywhere): classes of every school point at the same year
 * rows, so reports across districts compare like with like. The Sở creates, opens and closes them.
 */
export function createSchoolYearCalendar(db: Db, clock: () => Date) {
  async function yearFor(actor: Actor, yearId: string) {
    if (!can(actor, 'school_year.manage', GLOBAL_SCOPE)) throw forbidden();
    const year = await db.schoolYear.findUnique({ where: { id: yearId } });
    if (!year) throw new AppError('SCHOOL_YEAR_NOT_FOUND');
    return year;
  }
  const scope = (actor: Actor) => ({ provinceId: actor.provinceId });

  return {
    async list() {
      const years = await db.schoolYear.findMany({ orderBy: { startDate: 'desc' } });
      return { items: years.map(schoolYearView) };
    },

    async create(actor: Actor, input: SchoolYearInput) {
      if (!can(actor, 'school_year.manage', GLOBAL_SCOPE)) throw forbidden();
      const problem = calendarProblem(input);
      if (problem) throw new AppError(problem);
      const created = await db.$transaction(async (tx) => {
        // Serialises concurrent creations, so two overlapping years cannot both pass the check.
        await tx.$executeRaw`LOCK TABLE "SchoolYear" IN SHARE ROW EXCLUSIVE MODE`;
        const years = await tx.schoolYear.findMany();
        if (years.some((y) => y.code === input.code)) throw new AppError('SCHOOL_YEAR_EXISTS');
        const clash = years.find((y) =>
          yearsOverlap(input, { startDate: isoDate(y.startDate), endDate: isoDate(y.endDate) }),
        );
        if (clash) throw new AppError('SCHOOL_YEAR_OVERLAP');
        const year = await tx.schoolYear.create({
          data: {
            code: input.code,
            startDate: dateValue(input.startDate),
            endDate: dateValue(input.endDate),
            semester1End: dateValue(input.semester1End),
            semester2Start: dateValue(input.semester2Start),
            // The first year of a fresh install is current at once.
            isCurrent: years.length === 0,
          },
        });
        await auditYear(tx, actor, 'create', year.id, scope(actor), { ...input });
        return year;
      });
      return schoolYearView(created);
    },

    async setCurrent(actor: Actor, yearId: string) {
      const year = await yearFor(actor, yearId);
      if (year.closedAt) throw new AppError('SCHOOL_YEAR_CLOSED');
      if (year.isCurrent) return schoolYearView(year);
      const updated = await db.$transaction(async (tx) => {
        const previous = await tx.schoolYear.findFirst({ where: { isCurrent: true } });
        await tx.schoolYear.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
        const current = await tx.schoolYear.update({ where: { id: yearId }, data: { isCurrent: true } });
        const details = { code: year.code, previous: previous?.code ?? null };
        await auditYear(tx, actor, 'set_current', yearId, scope(actor), details);
        return current;
      });
      return schoolYearView(updated);
    },

    /** Closing the current year is refused: the next year is made current first, then this one closes. */
    async close(actor: Actor, yearId: string) {
      const year = await yearFor(actor, yearId);
      if (year.closedAt) throw new AppError('SCHOOL_YEAR_ALREADY_CLOSED');
      if (year.isCurrent) throw new AppError('SCHOOL_YEAR_CURRENT_NOT_CLOSABLE');
      const closed = await db.$transaction(async (tx) => {
        // Conditional update: of two concurrent closes, only one changes the row.
        const changed = await tx.schoolYear.updateMany({
          where: { id: yearId, closedAt: null, isCurrent: false },
          data: { closedAt: clock(), closedById: actor.userId },
        });
        if (changed.count === 0) throw new AppError('SCHOOL_YEAR_ALREADY_CLOSED');
        await auditYear(tx, actor, 'close', yearId, scope(actor), { code: year.code });
        return tx.schoolYear.findUniqueOrThrow({ where: { id: yearId } });
      });
      return schoolYearView(closed);
    },
  };
}
