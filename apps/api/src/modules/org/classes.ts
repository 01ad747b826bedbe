import type { Db, Prisma } from '@hoclieu/db';
import { type Actor, can } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { schoolYearView } from '../school-years/calendar.js';
import { schoolScope } from './scope.js';

const schoolWithDistrict = { include: { district: { select: { provinceId: true } } } } as const;

/** Classes a user studies in or teaches in the current school year. */
function currentClassesOf(userId: string): Prisma.ClassWhereInput {
  return {
    schoolYear: { isCurrent: true },
    OR: [
      { enrollments: { some: { studentId: userId } } },
      { teachingAssignments: { some: { teacherId: userId } } },
    ],
  };
}

/**
 * Classes a user studies or teaches in, in any school year: what they were given in a past year
 * (materials, exams and their results) stays readable after the roll-over.
 */
export function classesEverOf(userId: string): Prisma.ClassWhereInput {
  return {
    OR: [
      { enrollments: { some: { studentId: userId } } },
      { teachingAssignments: { some: { teacherId: userId } } },
    ],
  };
}

function classSummary(c: {
  id: string;
  name: string;
  grade: number;
  electiveSubjects: string[];
  schoolYear: { code: string };
  _count: { enrollments: number };
}) {
  return {
    id: c.id,
    name: c.name,
    grade: c.grade,
    schoolYear: c.schoolYear.code,
    electiveSubjects: c.electiveSubjects,
    studentCount: c._count.enrollments,
  };
}

export function createClassService(db: Db) {
  return {
    async listSchoolYears() {
      const years = await db.schoolYear.findMany({ orderBy: { code: 'desc' } });
      return { items: years.map(schoolYearView) };
    },

    async listClasses(
      actor: Actor,
      schoolId: string,
      query: { schoolYear?: string | undefined; grade?: number | undefined },
    ) {
      const school = await db.school.findUnique({ where: { id: schoolId }, ...schoolWithDistrict });
      if (!school) throw new AppError('SCHOOL_NOT_FOUND');
      if (!can(actor, 'class.read', schoolScope(school))) throw forbidden();
      const classes = await db.class.findMany({
        where: {
          schoolId,
          grade: query.grade,
          schoolYear: query.schoolYear ? { code: query.schoolYear } : { isCurrent: true },
        },
        include: { schoolYear: { select: { code: true } }, _count: { select: { enrollments: true } } },
        orderBy: [{ grade: 'asc' }, { name: 'asc' }],
      });
      return { items: classes.map(classSummary) };
    },

    /** The actor's own classes this school year: enrolled (students) or assigned (teachers). */
    async myClasses(actor: Actor) {
      const classes = await db.class.findMany({
        where: currentClassesOf(actor.userId),
        include: {
          school: { select: { id: true, name: true } },
          schoolYear: { select: { code: true } },
          _count: { select: { enrollments: true } },
          teachingAssignments: { where: { teacherId: actor.userId }, include: { subject: true } },
        },
        orderBy: [{ grade: 'asc' }, { name: 'asc' }],
      });
      return {
        items: classes.map((c) => ({
          ...classSummary(c),
          school: c.school,
          subjects: c.teachingAssignments.map((a) => ({ code: a.subject.code, name: a.subject.name })),
        })),
      };
    },

    async getClass(actor: Actor, classId: string) {
      const found = await db.class.findUnique({
        where: { id: classId },
        include: {
          school: schoolWithDistrict,
          schoolYear: { select: { code: true } },
          enrollments: { include: { student: { select: { id: true, username: true, fullName: true } } } },
          teachingAssignments: {
            include: { teacher: { select: { id: true, username: true, fullName: true } }, subject: true },
          },
        },
      });
      if (!found) throw new AppError('CLASS_NOT_FOUND');
      if (!can(actor, 'class.read', schoolScope(found.school))) throw forbidden();
      const students = found.enrollments
        .map((e) => e.student)
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
      return {
        id: found.id,
        name: found.name,
        grade: found.grade,
        schoolYear: found.schoolYear.code,
        electiveSubjects: found.electiveSubjects,
        studentCount: students.length,
        school: { id: found.school.id, name: found.school.name },
        students,
        teachers: found.teachingAssignments.map((a) => ({
          ...a.teacher,
          subjectCode: a.subjectCode,
          subjectName: a.subject.name,
        })),
      };
    },
  };
}
