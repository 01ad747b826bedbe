import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type AssignmentRef, classKey, parseTeacherRow } from '@hoclieu/domain';
import { accountRows, accountUpdateWrite, newAccountWrite } from './account-rows.js';
import { accountConflict, type SchoolWithDistrict, schoolOfRow, schoolsByCode } from './lookups.js';
import { type Planner, type RowWrite, rowError, type Tx } from './plan.js';

type Assignment = { classId: string; subjectCode: string };
type Problem = { code: 'IMPORT_ROW_NOT_FOUND' | 'IMPORT_ROW_INVALID'; message: string };
const isProblem = (value: Assignment | Problem): value is Problem => 'message' in value;
const NO_CURRENT_YEAR = 'Chưa có năm học hiện tại để phân công; hãy nhập danh sách lớp trước';

/**
 * Teachers by username, with their assignments in classes of the current school year. Assignments
 * are only added: one missing from the file may be a teacher's other subject, not a removal.
 */
export function planTeachers(db: Db): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const [subjects, periods, currentYear] = await Promise.all([
      db.subject.findMany({ select: { code: true, name: true } }),
      db.curriculumPeriod.findMany({ select: { grade: true, subjectCode: true } }),
      db.schoolYear.findFirst({ where: { isCurrent: true } }),
    ]);
    const rows = accountRows(
      records.map((record) => parseTeacherRow(record, subjects)),
      errors,
    );
    const schools = await schoolsByCode(
      db,
      rows.map((row) => row.schoolCode),
    );
    const [classes, users] = await Promise.all([
      currentYear
        ? db.class.findMany({
            where: { schoolId: { in: [...schools.values()].map((s) => s.id) }, schoolYearId: currentYear.id },
          })
        : [],
      db.user.findMany({
        where: { username: { in: rows.map((row) => row.username) } },
        include: { teachingAssignments: true },
      }),
    ]);
    const classByKey = new Map(classes.map((c) => [`${c.schoolId}|${classKey(c.name)}`, c]));
    const taught = new Set(periods.map((p) => `${p.grade}|${p.subjectCode}`));
    const subjectName = new Map(subjects.map((s) => [s.code, s.name]));
    const userByName = new Map(users.map((user) => [user.username, user]));

    /** An assignment of the file as a class of the current year, or why it cannot be made. */
    const resolve = (
      school: SchoolWithDistrict,
      { className, subjectCode }: AssignmentRef,
    ): Assignment | Problem => {
      if (!currentYear) return { code: 'IMPORT_ROW_NOT_FOUND', message: NO_CURRENT_YEAR };
      const schoolClass = classByKey.get(`${school.id}|${classKey(className)}`);
      if (!schoolClass) {
        const message = `Không có lớp "${className}" năm học ${currentYear.code} ở ${school.name}`;
        return { code: 'IMPORT_ROW_NOT_FOUND', message };
      }
      if (!taught.has(`${schoolClass.grade}|${subjectCode}`)) {
        const subject = subjectName.get(subjectCode) ?? subjectCode;
        const message = `Môn ${subject} không có trong chương trình khối ${schoolClass.grade} (lớp ${schoolClass.name})`;
        return { code: 'IMPORT_ROW_INVALID', message };
      }
      return { classId: schoolClass.id, subjectCode };
    };

    const writes: RowWrite[] = [];
    for (const row of rows) {
      const school = schoolOfRow(actor, 'user.manage', schools, row, errors);
      if (!school) continue;
      const resolved = row.assignments.map((assignment) => resolve(school, assignment));
      const problems = new Map(resolved.filter(isProblem).map((p) => [p.message, p.code]));
      for (const [message, code] of problems) errors.push(rowError(row.row, 'Phân công', code, message));
      if (problems.size > 0) continue;
      const assignments = resolved.filter((r): r is Assignment => !isProblem(r));
      const user = userByName.get(row.username);
      if (!user) {
        writes.push(
          newAccountWrite(row, {
            email: row.email,
            role: 'teacher',
            schoolId: school.id,
            assignments,
          }),
        );
        continue;
      }
      const conflict = accountConflict(actor, user, 'teacher', school);
      if (conflict) {
        errors.push(rowError(row.row, 'Tên đăng nhập', 'IMPORT_ROW_CONFLICT', conflict));
        continue;
      }
      const added = assignments.filter(
        (a) =>
          !user.teachingAssignments.some((t) => t.classId === a.classId && t.subjectCode === a.subjectCode),
      );
      const assign = async (tx: Tx) => {
        const data = added.map((a) => ({ teacherId: user.id, ...a }));
        await tx.teachingAssignment.createMany({ data, skipDuplicates: true });
      };
      writes.push(accountUpdateWrite(row, user, added.length > 0 ? assign : undefined));
    }
    return { errors, writes };
  };
}
