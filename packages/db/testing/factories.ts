import { randomUUID } from 'node:crypto';
import type { Db } from '../src/client.js';
import type { Prisma, Role, SchoolLevel } from '../src/generated/prisma/client.js';

/**
 * Test factories: each builds a valid row with sensible defaults; pass overrides for what the test
 * is about. They write through the real database, never a mock.
 */
const unique = () => randomUUID().slice(0, 8);

export async function makeProvince(db: Db, overrides: Partial<Prisma.ProvinceUncheckedCreateInput> = {}) {
  return db.province.create({ data: { code: `P-${unique()}`, name: 'Sở GDĐT Thử nghiệm', ...overrides } });
}

export async function makeDistrict(db: Db, overrides: Partial<Prisma.DistrictUncheckedCreateInput> = {}) {
  const provinceId = overrides.provinceId ?? (await makeProvince(db)).id;
  return db.district.create({
    data: { code: `D-${unique()}`, name: 'Phòng GDĐT Thử nghiệm', ...overrides, provinceId },
  });
}

export async function makeSchool(
  db: Db,
  overrides: Partial<Prisma.SchoolUncheckedCreateInput> & { levels?: SchoolLevel[] } = {},
) {
  const districtId = overrides.districtId ?? (await makeDistrict(db)).id;
  return db.school.create({
    data: {
      code: `s-${unique()}`,
      name: 'Trường THCS Thử nghiệm',
      kind: 'THCS',
      levels: ['lower_secondary'],
      ...overrides,
      districtId,
    },
  });
}

export async function makeSchoolYear(db: Db, overrides: Partial<Prisma.SchoolYearUncheckedCreateInput> = {}) {
  const code = overrides.code ?? '2026-2027';
  return db.schoolYear.upsert({
    where: { code },
    create: {
      code,
      startDate: new Date('2026-09-05'),
      endDate: new Date('2027-05-31'),
      semester1End: new Date('2027-01-08'),
      semester2Start: new Date('2027-01-09'),
      isCurrent: true,
      ...overrides,
    },
    update: {},
  });
}

export async function makeClass(db: Db, overrides: Partial<Prisma.ClassUncheckedCreateInput> = {}) {
  const schoolId = overrides.schoolId ?? (await makeSchool(db)).id;
  const schoolYearId = overrides.schoolYearId ?? (await makeSchoolYear(db)).id;
  return db.class.create({
    data: { name: `6A-${unique()}`, grade: 6, ...overrides, schoolId, schoolYearId },
  });
}

/** A user of the given role placed in the right org unit (a new one unless given). */
export async function makeUser(
  db: Db,
  role: Role,
  overrides: Partial<Prisma.UserUncheckedCreateInput> & { passwordHash: string },
) {
  const data: Prisma.UserUncheckedCreateInput = {
    username: `u-${unique()}`,
    fullName: 'Người dùng thử',
    role,
    ...overrides,
  };
  if (role === 'province_officer' && !data.provinceId) data.provinceId = (await makeProvince(db)).id;
  if (role === 'district_officer' && !data.districtId) data.districtId = (await makeDistrict(db)).id;
  if (['student', 'teacher', 'school_admin'].includes(role) && !data.schoolId)
    data.schoolId = (await makeSchool(db)).id;
  return db.user.create({ data });
}
