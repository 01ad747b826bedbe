import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { classKey, parseTeacherRow, type TeacherRow, withoutDuplicates } from '@hoclieu/domain';
import { accountConflict, type SchoolWithDistrict, schoolOfRow, schoolsByCode } from './lookups.js';
import { goodRows, type Planner, type RowWrite, requireHash, rowError } from './plan.js';

type Assignment = { classId: string; subjectCode: string };

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
    const deduped = withoutDuplicates(
      goodRows(
        records.map((record) => parseTeacherRow(record, subjects)),
        errors,
      ),
      (row) => row.username,
      'Tên đăng nhập',
      (row) => `tên đăng nhập "${row.username}"`,
    );
    errors.push(...deduped.errors);
    const rows = deduped.kept;
    const schools = await schoolsByCode(
      db,
      rows.map((row) => row.schoolCode),
    );
    const [classes, users] = await Promise.all([
      currentYear
        ? db.class.findMany({ where: { schoolId: { in: [...schools.values()].map((s) => s.id) }, schoolYearId: currentYear.id } })
        : [],
      db.user.findMany({ where: { username: { in: rows.map((row) => row.username) } }, include: { teachingAssignments: true } }),
    ]);
    const classByKey = new Map(classes.map((c) => [`${c.schoolId}|${classKey(c.name)}`, c]));
    const taught = new Set(periods.map((p) => `${p.grade}|${p.subjectCode}`));
    const subjectName = new Map(subjects.map((s) => [s.code, s.name]));
    const userByName = new Map(users.map((user) => [user.username, user]));

    /** The row's assignments as class ids, or null after reporting the ones that cannot be made. */
    const assignmentsOf = (row: TeacherRow, school: SchoolWithDistrict): Assignment[] | null => {
      const found: Assignment[] = [];
      const before = errors.length;
      const fail = (code: 'IMPORT_ROW_NOT_FOUND' | 'IMPORT_ROW_INVALID', message: string) => {
        if (!errors.slice(before).some((e) => e.message === message)) errors.push(rowError(row.row, 'Phân công', code, message));
      };
      for (const { className, subjectCode } of row.assignments) {
        const schoolClass = classByKey.get(`${school.id}|${classKey(className)}`);
        if (!currentYear) fail('IMPORT_ROW_NOT_FOUND', 'Chưa có năm học hiện tại để phân công; hãy nhập danh sách lớp trước');
        else if (!schoolClass) fail('IMPORT_ROW_NOT_FOUND', `Không có lớp "${className}" năm học ${currentYear.code} ở ${school.name}`);
        else if (!taught.has(`${schoolClass.grade}|${subjectCode}`)) {
          const subject = subjectName.get(subjectCode) ?? subjectCode;
          fail('IMPORT_ROW_INVALID', `Môn ${subject} không có trong chương trình khối ${schoolClass.grade} (lớp ${schoolClass.name})`);
        } else found.push({ classId: schoolClass.id, subjectCode });
      }
      return errors.length > before ? null : found;
    };

    const writes: RowWrite[] = [];
    for (const row of rows) {
      const school = schoolOfRow(actor, 'user.manage', schools, row, errors);
      const assignments = school && assignmentsOf(row, school);
      if (!school || !assignments) continue;
      const user = userByName.get(row.username);
      if (!user) {
        writes.push({
          row: row.row,
          outcome: 'created',
          account: { username: row.username, fullName: row.fullName },
          write: async (tx, passwordHash) => {
            await tx.user.create({
              data: {
                username: row.username,
                fullName: row.fullName,
                email: row.email,
                role: 'teacher',
                schoolId: school.id,
                passwordHash: requireHash(passwordHash),
                mustChangePassword: true,
                teachingAssignments: { create: assignments },
              },
            });
          },
        });
        continue;
      }
      const conflict = accountConflict(actor, user, 'teacher', school);
      if (conflict) {
        errors.push(rowError(row.row, 'Tên đăng nhập', 'IMPORT_ROW_CONFLICT', conflict));
        continue;
      }
      const added = assignments.filter(
        (a) => !user.teachingAssignments.some((t) => t.classId === a.classId && t.subjectCode === a.subjectCode),
      );
      const email = row.email ?? user.email;
      if (user.fullName === row.fullName && user.email === email && added.length === 0) {
        writes.push({ row: row.row, outcome: 'unchanged' });
        continue;
      }
      writes.push({
        row: row.row,
        outcome: 'updated',
        write: async (tx) => {
          await tx.user.update({ where: { id: user.id }, data: { fullName: row.fullName, email } });
          const data = added.map((a) => ({ teacherId: user.id, ...a }));
          await tx.teachingAssignment.createMany({ data, skipDuplicates: true });
        },
      });
    }
    return { errors, writes };
  };
}
