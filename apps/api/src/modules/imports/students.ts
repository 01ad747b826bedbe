import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { classKey, parseStudentRow } from '@hoclieu/domain';
import { accountRows, newAccountWrite } from './account-rows.js';
import { accountConflict, schoolOfRow, schoolsByCode } from './lookups.js';
import { type Planner, type RowWrite, rowError, rowWrite, unique } from './plan.js';

/**
 * Students by username (mã học sinh), enrolled in an existing class. A student listed in another
 * class of the same school year is moved there; enrollments of other years are kept.
 */
export function planStudents(db: Db): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const rows = accountRows(records.map(parseStudentRow), errors);
    const schools = await schoolsByCode(
      db,
      rows.map((row) => row.schoolCode),
    );
    const [classes, users] = await Promise.all([
      db.class.findMany({
        where: {
          schoolId: { in: [...schools.values()].map((school) => school.id) },
          schoolYear: { code: { in: unique(rows.map((row) => row.schoolYear)) } },
        },
        include: { schoolYear: { select: { code: true, closedAt: true } } },
      }),
      db.user.findMany({
        where: { username: { in: rows.map((row) => row.username) } },
        include: { enrollments: { include: { class: { select: { schoolYearId: true } } } } },
      }),
    ]);
    const classByKey = new Map(
      classes.map((c) => [`${c.schoolId}|${c.schoolYear.code}|${classKey(c.name)}`, c]),
    );
    const userByName = new Map(users.map((user) => [user.username, user]));

    const writes: RowWrite[] = [];
    for (const row of rows) {
      const school = schoolOfRow(actor, 'user.manage', schools, row, errors);
      if (!school) continue;
      const target = classByKey.get(`${school.id}|${row.schoolYear}|${classKey(row.className)}`);
      if (!target) {
        const message = `Chưa có lớp "${row.className}" năm học ${row.schoolYear} ở ${school.name}; hãy nhập danh sách lớp trước`;
        errors.push(rowError(row.row, 'Tên lớp', 'IMPORT_ROW_NOT_FOUND', message));
        continue;
      }
      if (target.schoolYear.closedAt) {
        const message = `Năm học ${row.schoolYear} đã khoá sổ: không xếp học sinh vào lớp được nữa`;
        errors.push(rowError(row.row, 'Năm học', 'IMPORT_ROW_CONFLICT', message));
        continue;
      }
      const user = userByName.get(row.username);
      if (!user) {
        writes.push(
          newAccountWrite(row, {
            email: null,
            role: 'student',
            schoolId: school.id,
            classIds: [target.id],
          }),
        );
        continue;
      }
      const conflict = accountConflict(actor, user, 'student', school);
      if (conflict) {
        errors.push(rowError(row.row, 'Tên đăng nhập', 'IMPORT_ROW_CONFLICT', conflict));
        continue;
      }
      const sameYear = user.enrollments.filter((e) => e.class.schoolYearId === target.schoolYearId);
      const leaving = sameYear.filter((e) => e.classId !== target.id).map((e) => e.classId);
      const enrolled = sameYear.some((e) => e.classId === target.id);
      const renamed = user.fullName !== row.fullName;
      if (!renamed && enrolled && leaving.length === 0) {
        writes.push(rowWrite(row.row, 'unchanged'));
        continue;
      }
      writes.push(
        rowWrite(row.row, 'updated', async (tx) => {
          if (renamed) await tx.user.update({ where: { id: user.id }, data: { fullName: row.fullName } });
          if (leaving.length > 0)
            await tx.enrollment.deleteMany({ where: { studentId: user.id, classId: { in: leaving } } });
          if (!enrolled) await tx.enrollment.create({ data: { studentId: user.id, classId: target.id } });
        }),
      );
    }
    return { errors, writes };
  };
}
