import { makeClass, makeDistrict, makeProvince, makeSchool, makeUser } from '@hoclieu/db/testing';
import { type Client, signIn, type TestApp, testPasswordHash } from './helpers.js';

/**
 * Two provinces; the first has two districts; district A has two schools. Enough to try crossing
 * every line: another school, another district, another province.
 */
export async function buildWorld(t: TestApp) {
  const { db } = t;
  const province = await makeProvince(db, { name: 'Sở GDĐT Quảng Bình' });
  const otherProvince = await makeProvince(db, { name: 'Sở GDĐT Trà Vinh' });
  const districtA = await makeDistrict(db, { provinceId: province.id, name: 'Phòng GDĐT Tuyên Hoá' });
  const districtB = await makeDistrict(db, { provinceId: province.id, name: 'Phòng GDĐT Quảng Trạch' });
  const districtC = await makeDistrict(db, { provinceId: otherProvince.id, name: 'Phòng GDĐT Càng Long' });
  const school = await makeSchool(db, { districtId: districtA.id, name: 'Trường THCS Tiến Hoá' });
  const sameDistrictSchool = await makeSchool(db, { districtId: districtA.id, name: 'Trường THCS Mai Hoá' });
  const otherDistrictSchool = await makeSchool(db, {
    districtId: districtB.id,
    name: 'Trường THCS Quảng Hợp',
  });
  const otherProvinceSchool = await makeSchool(db, {
    districtId: districtC.id,
    name: 'Trường THCS Càng Long',
  });
  const schoolClass = await makeClass(db, { schoolId: school.id, name: '6A' });
  const otherClass = await makeClass(db, { schoolId: sameDistrictSchool.id, name: '6B' });

  const passwordHash = await testPasswordHash();
  const make = async (role: Parameters<typeof makeUser>[1], unit: Record<string, string>) => {
    const user = await makeUser(db, role, { passwordHash, ...unit });
    return { user, client: await signIn(t.app, user.username) };
  };
  const people = {
    student: await make('student', { schoolId: school.id }),
    teacher: await make('teacher', { schoolId: school.id }),
    otherTeacher: await make('teacher', { schoolId: sameDistrictSchool.id }),
    schoolAdmin: await make('school_admin', { schoolId: school.id }),
    otherSchoolAdmin: await make('school_admin', { schoolId: sameDistrictSchool.id }),
    districtOfficer: await make('district_officer', { districtId: districtA.id }),
    provinceOfficer: await make('province_officer', { provinceId: province.id }),
    otherProvinceOfficer: await make('province_officer', { provinceId: otherProvince.id }),
    systemAdmin: await make('system_admin', {}),
  };
  await db.enrollment.create({ data: { studentId: people.student.user.id, classId: schoolClass.id } });
  return {
    province,
    otherProvince,
    districtA,
    districtB,
    districtC,
    school,
    sameDistrictSchool,
    otherDistrictSchool,
    otherProvinceSchool,
    schoolClass,
    otherClass,
    ...people,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A new student of the class's school, enrolled in the class and signed in. */
export async function enrolledStudent(t: TestApp, schoolClass: { id: string; schoolId: string }) {
  const user = await makeUser(t.db, 'student', {
    schoolId: schoolClass.schoolId,
    passwordHash: await testPasswordHash(),
  });
  await t.db.enrollment.create({ data: { studentId: user.id, classId: schoolClass.id } });
  return { user, client: await signIn(t.app, user.username) };
}
export const get = (client: Client, url: string) => client.request({ method: 'GET', url });
export const post = (client: Client, url: string, payload: object = {}) =>
  client.request({ method: 'POST', url, payload });

/** The world's teacher teaches Toán to its class (6A); the subject is made if the database lacks it. */
export async function teachToan(t: TestApp, w: World) {
  await t.db.subject.upsert({ where: { code: 'toan' }, create: { code: 'toan', name: 'Toán' }, update: {} });
  await t.db.teachingAssignment.create({
    data: { teacherId: w.teacher.user.id, classId: w.schoolClass.id, subjectCode: 'toan' },
  });
}
