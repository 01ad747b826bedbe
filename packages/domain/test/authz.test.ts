import { describe, expect, it } from 'vitest';
import { type Actor, can, GLOBAL_SCOPE, outranks } from '../src/authz.js';

const school = { provinceId: 'p1', districtId: 'd1', schoolId: 's1' };
const otherSchool = { provinceId: 'p1', districtId: 'd1', schoolId: 's2' };
const otherDistrict = { provinceId: 'p1', districtId: 'd2', schoolId: 's3' };
const otherProvince = { provinceId: 'p2', districtId: 'd9', schoolId: 's9' };

const actor = (role: Actor['role'], unit: Partial<Actor>): Actor => ({
  userId: 'u',
  role,
  provinceId: null,
  districtId: null,
  schoolId: null,
  ...unit,
});
const teacher = actor('teacher', { provinceId: 'p1', districtId: 'd1', schoolId: 's1' });
const schoolAdmin = actor('school_admin', { provinceId: 'p1', districtId: 'd1', schoolId: 's1' });
const districtOfficer = actor('district_officer', { provinceId: 'p1', districtId: 'd1' });
const provinceOfficer = actor('province_officer', { provinceId: 'p1' });
const student = actor('student', { provinceId: 'p1', districtId: 'd1', schoolId: 's1' });

describe('can', () => {
  it('keeps school roles inside their school', () => {
    expect(can(schoolAdmin, 'class.manage', school)).toBe(true);
    expect(can(schoolAdmin, 'class.manage', otherSchool)).toBe(false);
    expect(can(teacher, 'class.read', school)).toBe(true);
    expect(can(teacher, 'class.read', otherSchool)).toBe(false);
  });

  it('keeps district officers inside their district', () => {
    expect(can(districtOfficer, 'school.manage', otherSchool)).toBe(true);
    expect(can(districtOfficer, 'school.manage', otherDistrict)).toBe(false);
  });

  it('keeps province officers inside their province', () => {
    expect(can(provinceOfficer, 'user.read', otherDistrict)).toBe(true);
    expect(can(provinceOfficer, 'user.read', otherProvince)).toBe(false);
  });

  it('refuses actions the role never has, even inside its unit', () => {
    expect(can(teacher, 'class.manage', school)).toBe(false);
    expect(can(student, 'class.read', school)).toBe(false);
    expect(can(student, 'kpi.read', GLOBAL_SCOPE)).toBe(false);
    expect(can(districtOfficer, 'kpi.manage', GLOBAL_SCOPE)).toBe(false);
    expect(can(schoolAdmin, 'curriculum.manage', GLOBAL_SCOPE)).toBe(false);
  });

  it('gives provinces to the system admin and districts to their province', () => {
    const systemAdmin = actor('system_admin', {});
    const provinceP1 = { provinceId: 'p1' };
    expect(can(systemAdmin, 'province.manage', GLOBAL_SCOPE)).toBe(true);
    expect(can(provinceOfficer, 'province.manage', provinceP1)).toBe(false);
    expect(can(provinceOfficer, 'district.manage', provinceP1)).toBe(true);
    expect(can(provinceOfficer, 'district.manage', otherProvince)).toBe(false);
    expect(can(districtOfficer, 'district.manage', { provinceId: 'p1', districtId: 'd1' })).toBe(false);
  });

  it('lets sector-wide resources be read by everyone with the action', () => {
    expect(can(student, 'curriculum.read', GLOBAL_SCOPE)).toBe(true);
    expect(can(provinceOfficer, 'kpi.manage', GLOBAL_SCOPE)).toBe(true);
  });

  it('ranks roles for account management', () => {
    expect(outranks(schoolAdmin, 'teacher')).toBe(true);
    expect(outranks(schoolAdmin, 'school_admin')).toBe(false);
    expect(outranks(teacher, 'student')).toBe(true);
  });
});
