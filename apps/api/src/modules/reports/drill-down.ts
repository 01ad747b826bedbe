import type { DeliveryRecord } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { type Actor, isoDate, mayReadSchoolReport, shareFigure } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { userNames } from '../org/user-names.js';
import { classFacts, onlineShareTargets, reportWindow } from './data.js';
import { classTotals, levelTargets, overallFigure } from './figures.js';

type Query = { schoolYear?: string | undefined; asOf?: string | undefined };

/** Officers see the schools of their district or province; a school admin their own school. */
async function reportableSchool(db: Db, actor: Actor, schoolId: string) {
  const school = await db.school.findUnique({ where: { id: schoolId }, include: { district: true } });
  if (!school) throw new AppError('SCHOOL_NOT_FOUND');
  const place = { id: school.id, districtId: school.districtId, provinceId: school.district.provinceId };
  if (!mayReadSchoolReport(actor, place)) throw forbidden();
  return school;
}

export const recordInclude = {
  class: { select: { name: true } },
  subject: { select: { code: true, name: true } },
} as const;

export function recordOf(
  r: {
    id: string;
    classId: string;
    class: { name: string };
    subject: { code: string; name: string };
    date: Date;
    periods: number;
    source: string;
    status: string;
    link: string | null;
    note: string | null;
    teacherId: string;
    confirmedById: string | null;
    createdAt: Date;
  },
  names: Map<string, string>,
): DeliveryRecord {
  return {
    id: r.id,
    classId: r.classId,
    className: r.class.name,
    subject: r.subject,
    date: isoDate(r.date),
    periods: r.periods,
    source: r.source as DeliveryRecord['source'],
    status: r.status as DeliveryRecord['status'],
    link: r.link,
    note: r.note,
    teacher: names.get(r.teacherId) ?? '',
    createdAt: r.createdAt.toISOString(),
    confirmedBy: r.confirmedById ? (names.get(r.confirmedById) ?? '') : null,
  };
}

/** School → grade → subject and class; class → subjects and the records behind its figure. */
export function createDrillDown(db: Db, sql: Sql, clock: () => Date) {
  return {
    async school(actor: Actor, schoolId: string, query: Query) {
      const school = await reportableSchool(db, actor, schoolId);
      const window = await reportWindow(sql, query, clock());
      const [facts, targets, subjects] = await Promise.all([
        classFacts(db, sql, [school.id], window),
        onlineShareTargets(sql),
        db.subject.findMany({ select: { code: true, name: true } }),
      ]);
      const targetOf = levelTargets(targets, window);
      const subjectName = new Map(subjects.map((s) => [s.code, s.name]));
      const grades = [...new Set(facts.map((c) => c.grade))].sort((a, b) => a - b);
      return {
        school: { id: school.id, name: school.name },
        schoolYear: window.code,
        asOf: isoDate(window.asOf),
        elapsed: window.elapsed,
        grades: grades.map((grade) => {
          const classes = facts.filter((c) => c.grade === grade);
          const totals = classes.map(classTotals);
          const figure = overallFigure(totals, targetOf, window.elapsed);
          const codes = [...new Set(classes.flatMap((c) => c.programme.map((s) => s.subjectCode)))];
          return {
            grade,
            figure,
            subjects: codes.map((code) => {
              const programme = classes.reduce(
                (sum, c) => sum + (c.programme.find((s) => s.subjectCode === code)?.periods ?? 0),
                0,
              );
              const online = classes.reduce((sum, c) => sum + (c.online.get(code) ?? 0), 0);
              return {
                code,
                name: subjectName.get(code) ?? code,
                figure: shareFigure(online, programme, figure.target, window.elapsed),
              };
            }),
            classes: classes.map((c, i) => ({
              id: c.id,
              name: c.name,
              figure: overallFigure([totals[i] as ReturnType<typeof classTotals>], targetOf, window.elapsed),
            })),
          };
        }),
      };
    },

    async class(actor: Actor, classId: string, query: Query) {
      const target = await db.class.findUnique({
        where: { id: classId },
        include: { school: true, schoolYear: { select: { code: true } } },
      });
      if (!target) throw new AppError('CLASS_NOT_FOUND');
      await reportableSchool(db, actor, target.schoolId);
      // A class of a past year is reported in its own year (dates and targets) unless asked otherwise.
      const schoolYear = query.schoolYear ?? target.schoolYear.code;
      const window = await reportWindow(sql, { ...query, schoolYear }, clock());
      const [facts, targets, records, subjects] = await Promise.all([
        classFacts(db, sql, [target.schoolId], { ...window, schoolYearId: target.schoolYearId }),
        onlineShareTargets(sql),
        db.onlineLesson.findMany({ where: { classId }, include: recordInclude, orderBy: { date: 'desc' } }),
        db.subject.findMany({ select: { code: true, name: true } }),
      ]);
      const facts1 = facts.find((c) => c.id === classId);
      if (!facts1) throw new AppError('CLASS_NOT_FOUND');
      const subjectName = new Map(subjects.map((s) => [s.code, s.name]));
      const names = await userNames(
        db,
        records.flatMap((r) => [r.teacherId, r.confirmedById]),
      );
      return {
        class: { id: target.id, name: target.name, grade: target.grade, school: target.school.name },
        figure: overallFigure([classTotals(facts1)], levelTargets(targets, window), window.elapsed),
        subjects: facts1.programme.map((s) => ({
          code: s.subjectCode,
          name: subjectName.get(s.subjectCode) ?? s.subjectCode,
          programme: s.periods,
          online: facts1.online.get(s.subjectCode) ?? 0,
        })),
        records: records.map((r) => recordOf(r, names)),
      };
    },
  };
}
