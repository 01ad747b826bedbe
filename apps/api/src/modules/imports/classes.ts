import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type ClassRow,
  classKey,
  dateValue,
  gradeFitsLevels,
  parseClassRow,
  usualCalendar,
  vietnamDate,
} from '@hoclieu/domain';
import { electiveHistoryOf } from '../../db-json.js';
import { schoolOfRow, schoolsByCode } from './lookups.js';
import { distinctRows, type Planner, type RowWrite, rowError, rowWrite, unique } from './plan.js';

/** A year first named by an import gets the usual calendar (the Sở can create it beforehand instead). */
const yearDates = (code: string) => {
  const year = usualCalendar(code);
  return {
    startDate: dateValue(year.startDate),
    endDate: dateValue(year.endDate),
    semester1End: dateValue(year.semester1End),
    semester2Start: dateValue(year.semester2Start),
  };
};

/**
 * With no current school year yet (a fresh install), the first imported year covering today, or
 * else the latest, becomes current: teachers' assignments are made in the current year.
 */
function yearToMakeCurrent(codes: string[], now: Date): string | null {
  const today = dateValue(vietnamDate(now));
  const covering = codes.find((code) => {
    const { startDate, endDate } = yearDates(code);
    return startDate <= today && today <= endDate;
  });
  return covering ?? [...codes].sort().at(-1) ?? null;
}

const sameSet = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** Classes by school, year and name: created (with their school year if new) or updated (grade, combination). */
export function planClasses(db: Db, clock: () => Date): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const electives = await db.subject.findMany({
      where: { periods: { some: { kind: 'elective', grade: { gte: 10 } } } },
      select: { code: true, name: true },
    });
    const keyOf = (row: ClassRow) => `${row.schoolCode}|${row.schoolYear}|${classKey(row.name)}`;
    const rows = distinctRows(
      records.map((record) => parseClassRow(record, electives)),
      errors,
      {
        of: keyOf,
        column: 'Tên lớp',
        describe: (row) => `lớp "${row.name}" năm học ${row.schoolYear} của trường mã "${row.schoolCode}"`,
      },
    );
    const schools = await schoolsByCode(
      db,
      rows.map((row) => row.schoolCode),
    );
    const yearCodes = unique(rows.map((row) => row.schoolYear));
    const [years, current, classes] = await Promise.all([
      db.schoolYear.findMany({ where: { code: { in: yearCodes } } }),
      db.schoolYear.findFirst({ where: { isCurrent: true } }),
      db.class.findMany({
        where: {
          schoolId: { in: [...schools.values()].map((s) => s.id) },
          schoolYear: { code: { in: yearCodes } },
        },
        include: { schoolYear: { select: { code: true } } },
      }),
    ]);
    const newYears = yearCodes.filter((code) => !years.some((year) => year.code === code));
    const makeCurrent = current ? null : yearToMakeCurrent(newYears, clock());
    const classByKey = new Map(
      classes.map((c) => [`${c.schoolId}|${c.schoolYear.code}|${classKey(c.name)}`, c]),
    );

    const writes: RowWrite[] = [];
    for (const row of rows) {
      const school = schoolOfRow(actor, 'class.manage', schools, row, errors);
      if (!school) continue;
      if (years.some((year) => year.code === row.schoolYear && year.closedAt)) {
        const message = `Năm học ${row.schoolYear} đã khoá sổ: không thêm hoặc sửa lớp được nữa`;
        errors.push(rowError(row.row, 'Năm học', 'IMPORT_ROW_CONFLICT', message));
        continue;
      }
      if (!gradeFitsLevels(row.grade, school.levels)) {
        const message = `Khối ${row.grade} không thuộc cấp học của ${school.name} (${school.kind})`;
        errors.push(rowError(row.row, 'Khối', 'IMPORT_ROW_INVALID', message));
        continue;
      }
      const existing = classByKey.get(`${school.id}|${row.schoolYear}|${classKey(row.name)}`);
      const data = { grade: row.grade, electiveSubjects: row.electiveSubjects };
      if (!existing) {
        writes.push(
          rowWrite(row.row, 'created', async (tx) => {
            // A known year needs no write: a province's 7,520 classes are one statement each.
            const year =
              years.find((known) => known.code === row.schoolYear) ??
              (await tx.schoolYear.upsert({
                where: { code: row.schoolYear },
                create: {
                  code: row.schoolYear,
                  ...yearDates(row.schoolYear),
                  isCurrent: row.schoolYear === makeCurrent,
                },
                update: {},
              }));
            await tx.class.create({
              data: { schoolId: school.id, schoolYearId: year.id, name: row.name, ...data },
            });
          }),
        );
      } else if (existing.grade !== row.grade || !sameSet(existing.electiveSubjects, row.electiveSubjects)) {
        writes.push(
          rowWrite(row.row, 'updated', async (tx) => {
            // A new combination mid-year: the old one stays on record for the weeks it was taught.
            const history = sameSet(existing.electiveSubjects, row.electiveSubjects)
              ? undefined
              : [
                  ...electiveHistoryOf(existing),
                  { until: vietnamDate(clock()), subjects: existing.electiveSubjects },
                ];
            await tx.class.update({
              where: { id: existing.id },
              data: { ...data, electiveHistory: history },
            });
          }),
        );
      } else {
        writes.push(rowWrite(row.row, 'unchanged'));
      }
    }
    return { errors, writes };
  };
}
