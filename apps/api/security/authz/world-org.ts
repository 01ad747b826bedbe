import type { Role } from '@hoclieu/contracts';
import { makeClass, makeDistrict, makeProvince, makeSchool, makeUser } from '@hoclieu/db/testing';
import { type Client, signIn, type TestApp, testPasswordHash } from '../../test/helpers.js';

export interface Person {
  id: string;
  username: string;
  role: Role;
  client: Client;
}

/** A school as a probe sees it: its class, the class's teacher and student, the school admin. */
export interface Unit {
  label: string;
  schoolId: string;
  schoolCode: string;
  districtId: string;
  provinceId: string;
  classId: string;
  className: string;
  teacher: Person;
  student: Person;
  admin: Person;
}

/** The one subject every class of the world learns and every resource is made in. */
export const SUBJECT = 'toan';

/**
 * The world's org units and people: one province with district A (schools A1, A2) and district B
 * (school B1); in each school a class of grade 6 with its Toán teacher, a student and the school
 * admin; in A1 a second class with another teacher and student (the "peer" targets). The callers
 * are A1's student, teacher and admin, district A's officer, the province officer and a system admin.
 */
export async function buildOrgUnits(t: TestApp) {
  const { db, app } = t;
  await db.subject.upsert({ where: { code: SUBJECT }, create: { code: SUBJECT, name: 'Toán' }, update: {} });
  const province = await makeProvince(db, { name: 'Sở GDĐT Quảng Bình' });
  const districtA = await makeDistrict(db, { provinceId: province.id, name: 'Phòng GDĐT Tuyên Hoá' });
  const districtB = await makeDistrict(db, { provinceId: province.id, name: 'Phòng GDĐT Quảng Trạch' });
  const passwordHash = await testPasswordHash();

  async function person(role: Role, unit: Record<string, string>): Promise<Person> {
    const user = await makeUser(db, role, { passwordHash, ...unit });
    return { id: user.id, username: user.username, role, client: await signIn(app, user.username) };
  }

  async function classWith(schoolId: string, name: string, teacher: Person, student: Person) {
    const c = await makeClass(db, { schoolId, name });
    await db.teachingAssignment.create({
      data: { teacherId: teacher.id, classId: c.id, subjectCode: SUBJECT },
    });
    await db.enrollment.create({ data: { studentId: student.id, classId: c.id } });
    return c;
  }

  async function school(label: string, districtId: string, admin?: Person): Promise<Unit> {
    const s = await makeSchool(db, { districtId, name: `Trường THCS ${label}` });
    const teacher = await person('teacher', { schoolId: s.id });
    const student = await person('student', { schoolId: s.id });
    const c = await classWith(s.id, `6${label}`, teacher, student);
    return {
      label,
      schoolId: s.id,
      schoolCode: s.code,
      districtId,
      provinceId: province.id,
      classId: c.id,
      className: c.name,
      teacher,
      student,
      admin: admin ?? (await person('school_admin', { schoolId: s.id })),
    };
  }

  const a1 = await school('A1', districtA.id);
  const a2 = await school('A2', districtA.id);
  const b1 = await school('B1', districtB.id);
  // A1's second class, for targets that are someone else's inside the caller's own school.
  const peerTeacher = await person('teacher', { schoolId: a1.schoolId });
  const peerStudent = await person('student', { schoolId: a1.schoolId });
  const peerClass = await classWith(a1.schoolId, '6A1-2', peerTeacher, peerStudent);
  const a1Peer: Unit = {
    ...a1,
    label: 'A1 (peer)',
    classId: peerClass.id,
    className: peerClass.name,
    teacher: peerTeacher,
    student: peerStudent,
  };
  // A1's admin teaches Toán in 6A1 too, so the routes a school admin may use on their own teaching
  // (declare a live class, assign their own test) have an own target.
  await db.teachingAssignment.create({
    data: { teacherId: a1.admin.id, classId: a1.classId, subjectCode: SUBJECT },
  });

  const callers: Record<Role, Person> = {
    student: a1.student,
    teacher: a1.teacher,
    school_admin: a1.admin,
    district_officer: await person('district_officer', { districtId: districtA.id }),
    province_officer: await person('province_officer', { provinceId: province.id }),
    system_admin: await person('system_admin', {}),
  };
  const units = { own: a1, peer: a1Peer, otherSchool: a2, otherDistrict: b1 };

  /** The schools a caller's org unit does not hold (school roles: A1 only; district A: A1 and A2). */
  function unitsOutside(caller: Role | 'anonymous'): Unit[] {
    if (caller === 'province_officer' || caller === 'system_admin') return [];
    if (caller === 'district_officer') return [b1];
    return [a2, b1];
  }

  return { province, districtA, districtB, passwordHash, person, units, unitsOutside, callers };
}
