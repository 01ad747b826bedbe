import { randomUUID } from 'node:crypto';
import { levelOfGrade, parseSchoolKind, schoolYearOfDay, vietnamDate } from '@hoclieu/domain';
import type { Db } from '../client.js';
import type { Role } from '../generated/prisma/client.js';

/** The documented demo logins (README "Demo accounts"); every demo account shares this password. */
export const DEMO_PASSWORD = 'Hoclieu@2026';
export const DEMO_PROVINCE_CODE = 'QB';

type SchoolSeed = [code: string, name: string, kind: string];
const districts: { code: string; name: string; officer: string; schools: SchoolSeed[] }[] = [
  {
    code: 'QB-TH',
    name: 'Phòng GDĐT Tuyên Hoá',
    officer: 'phong.tuyenhoa',
    schools: [
      ['thcs-tienhoa', 'Trường THCS Tiến Hoá', 'THCS'],
      ['th-tienhoa', 'Trường Tiểu học Tiến Hoá', 'Tiểu học'],
      ['ththcs-chauhoa', 'Trường TH&THCS Châu Hoá', 'TH&THCS'],
      ['th-maihoa', 'Trường Tiểu học Mai Hoá', 'Tiểu học'],
      ['thcs-maihoa', 'Trường THCS Mai Hoá', 'THCS'],
      ['ththcs-lamhoa', 'Trường TH&THCS Lâm Hoá', 'TH&THCS'],
      ['th1-dongle', 'Trường Tiểu học số 1 Đồng Lê', 'Tiểu học'],
      ['thcs-dongle', 'Trường THCS Đồng Lê', 'THCS'],
      ['thpt-tuyenhoa', 'Trường THPT Tuyên Hoá', 'THPT'],
      ['thcsthpt-bacson', 'Trường THCS&THPT Bắc Sơn', 'THCS&THPT'],
    ],
  },
  {
    code: 'QB-QT',
    name: 'Phòng GDĐT Quảng Trạch',
    officer: 'phong.quangtrach',
    schools: [
      ['th-quanghop', 'Trường Tiểu học Quảng Hợp', 'Tiểu học'],
      ['thcs-quanghop', 'Trường THCS Quảng Hợp', 'THCS'],
      ['ththcs-quangkim', 'Trường TH&THCS Quảng Kim', 'TH&THCS'],
      ['th-quangchau', 'Trường Tiểu học Quảng Châu', 'Tiểu học'],
      ['thcs-quangchau', 'Trường THCS Quảng Châu', 'THCS'],
      ['th-quangthach', 'Trường Tiểu học Quảng Thạch', 'Tiểu học'],
      ['thcs-quangluu', 'Trường THCS Quảng Lưu', 'THCS'],
      ['ththcs-quangtien', 'Trường TH&THCS Quảng Tiến', 'TH&THCS'],
      ['th-quangphuong', 'Trường Tiểu học Quảng Phương', 'Tiểu học'],
      ['thpt-quangtrach', 'Trường THPT Quảng Trạch', 'THPT'],
    ],
  },
];

const gradesOf = {
  primary: [1, 2, 3, 4, 5],
  lower_secondary: [6, 7, 8, 9],
  upper_secondary: [10, 11, 12],
  continuing: [],
};
const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const givenNames = [
  'Văn An',
  'Thị Bình',
  'Minh Châu',
  'Quốc Dũng',
  'Thu Hà',
  'Đức Huy',
  'Ngọc Lan',
  'Hữu Phước',
];
const STUDENTS_PER_CLASS = 4;
/** Elective combination of the demo upper-secondary classes (4 of the 9 electives). */
const NATURAL_SCIENCES = ['vat-li', 'hoa-hoc', 'sinh-hoc', 'tin-hoc'];

function personName(seed: number): string {
  return `${familyNames[seed % familyNames.length]} ${givenNames[(seed * 7 + 3) % givenNames.length]}`;
}

function currentSchoolYear(today: Date): { code: string; start: Date; end: Date } {
  const startYear = Number(schoolYearOfDay(vietnamDate(today)).slice(0, 4));
  return {
    code: `${startYear}-${startYear + 1}`,
    start: new Date(Date.UTC(startYear, 8, 5)),
    end: new Date(Date.UTC(startYear + 1, 4, 31)),
  };
}

interface UserRow {
  id: string;
  username: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  provinceId?: string;
  districtId?: string;
  schoolId?: string;
}

/**
 * Demo data: one province, two districts (one of them Tuyên Hoá), twenty schools of mixed levels,
 * classes, teachers and students. Runs once: skipped when the demo province exists.
 */
export async function seedDemo(db: Db, passwordHash: string, today = new Date()): Promise<boolean> {
  if (await db.province.findUnique({ where: { code: DEMO_PROVINCE_CODE } })) return false;
  const year = currentSchoolYear(today);
  await db.$transaction(
    async (tx) => {
      const province = await tx.province.create({
        data: { code: DEMO_PROVINCE_CODE, name: 'Sở GDĐT Quảng Bình' },
      });
      const schoolYear = await tx.schoolYear.upsert({
        where: { code: year.code },
        create: {
          code: year.code,
          startDate: year.start,
          endDate: year.end,
          // The first 18 of the 35 teaching weeks are semester 1.
          semester1End: new Date(year.start.getTime() + 125 * 86_400_000),
          semester2Start: new Date(year.start.getTime() + 126 * 86_400_000),
          isCurrent: true,
        },
        update: {},
      });
      const users: UserRow[] = [
        {
          id: randomUUID(),
          username: 'admin',
          passwordHash,
          fullName: 'Quản trị hệ thống',
          role: 'system_admin',
        },
        {
          id: randomUUID(),
          username: 'so.quangbinh',
          passwordHash,
          fullName: 'Chuyên viên Sở GDĐT',
          role: 'province_officer',
          provinceId: province.id,
        },
      ];
      const classes: {
        id: string;
        schoolId: string;
        schoolYearId: string;
        name: string;
        grade: number;
        electiveSubjects: string[];
      }[] = [];
      const enrollments: { studentId: string; classId: string }[] = [];
      const assignments: { teacherId: string; classId: string; subjectCode: string }[] = [];
      let personSeed = 0;

      for (const districtSeed of districts) {
        const district = await tx.district.create({
          data: { code: districtSeed.code, name: districtSeed.name, provinceId: province.id },
        });
        users.push({
          id: randomUUID(),
          username: districtSeed.officer,
          passwordHash,
          fullName: `Chuyên viên ${districtSeed.name}`,
          role: 'district_officer',
          districtId: district.id,
        });
        for (const [schoolIndex, [code, name, kindText]] of districtSeed.schools.entries()) {
          const { kind, levels } = parseSchoolKind(kindText) ?? { kind: kindText, levels: [] };
          const school = await tx.school.create({
            data: { code, name, kind, levels, districtId: district.id },
          });
          const isShowcase = districtSeed.code === 'QB-TH' && schoolIndex === 0;
          const admin: UserRow = {
            id: randomUUID(),
            username: isShowcase ? 'hieutruong' : `ht.${code}`,
            passwordHash,
            fullName: `${personName(personSeed++)} (Hiệu trưởng)`,
            role: 'school_admin',
            schoolId: school.id,
          };
          const teacher = (n: number): UserRow => ({
            id: randomUUID(),
            username: isShowcase && n === 1 ? 'giaovien' : `gv.${code}.${n}`,
            passwordHash,
            fullName: personName(personSeed++),
            role: 'teacher',
            schoolId: school.id,
          });
          const [maths, literature, languages] = [teacher(1), teacher(2), teacher(3)];
          users.push(admin, maths, literature, languages);
          for (const grade of levels.flatMap((level) => gradesOf[level])) {
            const classId = randomUUID();
            const className = grade >= 10 ? `${grade}A1` : `${grade}A`;
            classes.push({
              id: classId,
              schoolId: school.id,
              schoolYearId: schoolYear.id,
              name: className,
              grade,
              electiveSubjects: levelOfGrade(grade) === 'upper_secondary' ? NATURAL_SCIENCES : [],
            });
            const mainSubject = grade <= 5 ? 'tieng-viet' : 'ngu-van';
            assignments.push(
              { teacherId: maths.id, classId, subjectCode: 'toan' },
              { teacherId: literature.id, classId, subjectCode: mainSubject },
            );
            if (grade >= 3)
              assignments.push({ teacherId: languages.id, classId, subjectCode: 'ngoai-ngu-1' });
            for (let n = 1; n <= STUDENTS_PER_CLASS; n++) {
              const studentId = randomUUID();
              const showcaseStudent = isShowcase && className === '6A' && n === 1;
              users.push({
                id: studentId,
                username: showcaseStudent ? 'hocsinh' : `hs.${code}.${className.toLowerCase()}.${n}`,
                passwordHash,
                fullName: personName(personSeed++),
                role: 'student',
                schoolId: school.id,
              });
              enrollments.push({ studentId, classId });
            }
          }
        }
      }
      await tx.user.createMany({ data: users });
      await tx.class.createMany({ data: classes });
      await tx.enrollment.createMany({ data: enrollments });
      await tx.teachingAssignment.createMany({ data: assignments });
    },
    { timeout: 60_000 },
  );
  return true;
}
