import type { RolloverInput, RolloverResult } from '@hoclieu/contracts';
import type { Db, Prisma, SchoolLevel } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { type Actor, can, lastGradeOf, mayRollOverDistrict, nextClassName } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { schoolScope, schoolsWithin } from '../org/scope.js';
import { assertYearOpen } from './open-year.js';
import { rollSchoolStatement } from './rollover-sql.js';

const ownUnit = (actor: Actor) => ({
  provinceId: actor.provinceId,
  districtId: actor.districtId,
  schoolId: actor.schoolId,
});

type Options = Omit<RolloverInput, 'carryTeaching' | 'preview'> & {
  carryTeaching: boolean;
  preview: boolean;
};

interface School {
  id: string;
  levels: SchoolLevel[];
  districtId: string;
  district: { provinceId: string };
}

interface SchoolCounts {
  schoolId: string;
  classesMoved: number;
  classesLeaving: number;
  studentsMoved: number;
  studentsLeaving: number;
  classesInTarget: number;
}

/**
 * Moves classes up a year: 6A of 2025-2026 becomes 7A of 2026-2027 with its students (same
 * accounts) and, if asked, its teachers; the school's last grade leaves (its enrolments stay in the
 * old year, as history). One transaction per school, set-based statements; a school whose classes
 * are in the new year already is left out, so a province-wide run that stopped can be run again.
 */
export function createRollover(db: Db, sql: Sql) {
  /** The schools asked for, each checked against the actor's reach. */
  async function schoolsAsked(actor: Actor, input: Options) {
    const filters: Prisma.SchoolWhereInput[] = [schoolsWithin(actor), { deactivatedAt: null }];
    if (input.schoolId) {
      const school = await db.school.findUnique({
        where: { id: input.schoolId },
        include: { district: { select: { provinceId: true } } },
      });
      if (!school) throw new AppError('SCHOOL_NOT_FOUND');
      if (!can(actor, 'school_year.rollover', schoolScope(school))) throw forbidden();
      filters.push({ id: school.id });
    }
    if (input.districtId) {
      const district = await db.district.findUnique({ where: { id: input.districtId } });
      if (!district) throw new AppError('NOT_FOUND');
      const scope = { provinceId: district.provinceId, districtId: district.id };
      if (!mayRollOverDistrict(actor, scope)) throw forbidden();
      filters.push({ districtId: district.id });
    }
    return db.school.findMany({
      where: { AND: filters },
      select: { id: true, levels: true, districtId: true, district: { select: { provinceId: true } } },
    });
  }

  async function countsOf(
    schools: { id: string; levels: Parameters<typeof lastGradeOf>[0] }[],
    fromYearId: string,
    toYearId: string,
  ): Promise<SchoolCounts[]> {
    if (schools.length === 0) return [];
    const rows = await db.$queryRaw<
      { schoolId: string; cm: number; cl: number; sm: number; sl: number; target: number }[]
    >`
      WITH s AS (
        SELECT * FROM unnest(${schools.map((s) => s.id)}::uuid[], ${schools.map((s) => lastGradeOf(s.levels))}::int[])
          AS s(id, last)
      ), c AS (
        SELECT c.id, c."schoolId", c.grade >= s.last AS leaving,
               (SELECT COUNT(*) FROM "Enrollment" e WHERE e."classId" = c.id) AS students
        FROM s JOIN "Class" c ON c."schoolId" = s.id AND c."schoolYearId" = ${fromYearId}::uuid
      )
      SELECT s.id AS "schoolId",
        COUNT(c.id) FILTER (WHERE NOT c.leaving)::int AS cm,
        COUNT(c.id) FILTER (WHERE c.leaving)::int AS cl,
        COALESCE(SUM(c.students) FILTER (WHERE NOT c.leaving), 0)::int AS sm,
        COALESCE(SUM(c.students) FILTER (WHERE c.leaving), 0)::int AS sl,
        (SELECT COUNT(*) FROM "Class" t WHERE t."schoolId" = s.id AND t."schoolYearId" = ${toYearId}::uuid)::int
          AS target
      FROM s LEFT JOIN c ON c."schoolId" = s.id
      GROUP BY s.id`;
    return rows.map((r) => ({
      schoolId: r.schoolId,
      classesMoved: r.cm,
      classesLeaving: r.cl,
      studentsMoved: r.sm,
      studentsLeaving: r.sl,
      classesInTarget: r.target,
    }));
  }

  /** The from-year classes that move up, with their names a year later, per school. */
  async function movingClasses(schools: School[], fromYearId: string) {
    const lastGrade = new Map(schools.map((s) => [s.id, lastGradeOf(s.levels)]));
    const rows = await db.class.findMany({
      where: { schoolId: { in: schools.map((s) => s.id) }, schoolYearId: fromYearId },
      select: { id: true, schoolId: true, name: true, grade: true },
    });
    const bySchool = new Map<string, { ids: string[]; names: string[] }>();
    for (const c of rows) {
      if (c.grade >= (lastGrade.get(c.schoolId) ?? 0)) continue;
      const moving = bySchool.get(c.schoolId) ?? { ids: [], names: [] };
      moving.ids.push(c.id);
      moving.names.push(nextClassName(c.name, c.grade));
      bySchool.set(c.schoolId, moving);
    }
    for (const moving of bySchool.values())
      if (new Set(moving.names).size !== moving.names.length) throw new AppError('CONFLICT');
    return bySchool;
  }

  /**
   * One school in one statement (so one transaction and one round trip): locks the school, and
   * unless its classes are in the new year already, creates the classes, enrols their students,
   * carries the teaching assignments and writes the audit entry.
   */
  async function rollSchool(
    actor: Actor,
    school: School,
    years: { from: string; to: string; toId: string },
    moving: { ids: string[]; names: string[] },
    counts: SchoolCounts,
    carryTeaching: boolean,
  ): Promise<{ rolled: boolean; teachingCarried: number }> {
    const details = {
      from: years.from,
      to: years.to,
      classesMoved: counts.classesMoved,
      classesLeaving: counts.classesLeaving,
      studentsMoved: counts.studentsMoved,
      studentsLeaving: counts.studentsLeaving,
    };
    const done = await rollSchoolStatement(sql, [
      school.id,
      years.toId,
      moving.ids,
      moving.names,
      carryTeaching,
      actor.userId,
      school.district.provinceId,
      school.districtId,
      JSON.stringify(details),
    ]);
    return { rolled: done.classes === moving.ids.length && done.classes > 0, teachingCarried: done.taught };
  }

  return async (actor: Actor, toYearId: string, input: Options): Promise<RolloverResult> => {
    const began = performance.now();
    if (!can(actor, 'school_year.rollover', ownUnit(actor))) throw forbidden();
    const to = await db.schoolYear.findUnique({ where: { id: toYearId } });
    if (!to) throw new AppError('SCHOOL_YEAR_NOT_FOUND');
    assertYearOpen(to);
    const from = input.fromYearId
      ? await db.schoolYear.findUnique({ where: { id: input.fromYearId } })
      : await db.schoolYear.findFirst({
          where: { startDate: { lt: to.startDate } },
          orderBy: { startDate: 'desc' },
        });
    if (!from || from.startDate >= to.startDate) throw new AppError('ROLLOVER_NO_PREVIOUS_YEAR');
    const schools = await schoolsAsked(actor, input);
    const counts = await countsOf(schools, from.id, to.id);
    const withClasses = counts.filter((c) => c.classesMoved + c.classesLeaving > 0);
    const ready = withClasses.filter((c) => c.classesInTarget === 0);
    const alreadyRolled = withClasses.length - ready.length;
    if (withClasses.length > 0 && ready.length === 0) throw new AppError('ROLLOVER_ALREADY_DONE');
    const sum = (key: keyof Omit<SchoolCounts, 'schoolId'>) => ready.reduce((n, c) => n + c[key], 0);
    const result: RolloverResult = {
      fromYear: from.code,
      toYear: to.code,
      preview: input.preview,
      schools: ready.length,
      schoolsAlreadyRolled: alreadyRolled,
      classesMoved: sum('classesMoved'),
      classesLeaving: sum('classesLeaving'),
      studentsMoved: sum('studentsMoved'),
      studentsLeaving: sum('studentsLeaving'),
      teachingCarried: 0,
      durationMs: 0,
    };
    if (!input.preview) {
      const byId = new Map(schools.map((s) => [s.id, s]));
      const moving = await movingClasses(
        ready.map((c) => byId.get(c.schoolId)).filter((s): s is School => !!s),
        from.id,
      );
      const years = { from: from.code, to: to.code, toId: to.id };
      for (const c of ready) {
        const school = byId.get(c.schoolId);
        const classes = moving.get(c.schoolId);
        // A school whose classes all leave has nothing to create.
        if (!school || !classes) continue;
        const done = await rollSchool(actor, school, years, classes, c, input.carryTeaching);
        if (done.rolled) result.teachingCarried += done.teachingCarried;
        else {
          // Rolled by someone else meanwhile: not counted twice.
          result.schools -= 1;
          result.schoolsAlreadyRolled += 1;
          result.classesMoved -= c.classesMoved;
          result.classesLeaving -= c.classesLeaving;
          result.studentsMoved -= c.studentsMoved;
          result.studentsLeaving -= c.studentsLeaving;
        }
      }
    }
    result.durationMs = Math.round(performance.now() - began);
    return result;
  };
}
