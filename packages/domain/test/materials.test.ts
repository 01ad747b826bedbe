import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/authz.js';
import { mayDecide, mayFeature, mayRequestShare, nextScope } from '../src/materials/sharing.js';
import {
  isVisible,
  type MaterialPlacement,
  materialAudience,
  viewerTokens,
} from '../src/materials/visibility.js';

const actor = (role: Actor['role'], userId: string, unit: Partial<Actor> = {}): Actor => ({
  userId,
  role,
  provinceId: 'p1',
  districtId: null,
  schoolId: null,
  ...unit,
});
const author = actor('teacher', 'author', { districtId: 'd1', schoolId: 's1' });
const colleague = actor('teacher', 'colleague', { districtId: 'd1', schoolId: 's1' });
const student = actor('student', 'student', { districtId: 'd1', schoolId: 's1' });
const otherSchoolTeacher = actor('teacher', 'other', { districtId: 'd1', schoolId: 's2' });
const otherDistrictTeacher = actor('teacher', 'far', { districtId: 'd2', schoolId: 's3' });
const schoolAdmin = actor('school_admin', 'principal', { districtId: 'd1', schoolId: 's1' });
const otherSchoolAdmin = actor('school_admin', 'principal2', { districtId: 'd1', schoolId: 's2' });
const districtOfficer = actor('district_officer', 'district', { districtId: 'd1' });
const provinceOfficer = actor('province_officer', 'province');
const otherProvinceOfficer = actor('province_officer', 'province2', { provinceId: 'p2' });

const material = (overrides: Partial<MaterialPlacement> = {}): MaterialPlacement => ({
  authorId: 'author',
  schoolId: 's1',
  districtId: 'd1',
  provinceId: 'p1',
  scope: 'private',
  requestedScope: null,
  classIds: [],
  ...overrides,
});
const sees = (viewer: Actor, m: MaterialPlacement, classIds: string[] = []) =>
  isVisible(materialAudience(m), viewerTokens(viewer, classIds));

describe('visibility', () => {
  it('keeps a private material to its author (and system admins)', () => {
    const m = material();
    expect(sees(author, m)).toBe(true);
    expect(sees(colleague, m)).toBe(false);
    expect(sees(schoolAdmin, m)).toBe(false);
    expect(sees(actor('system_admin', 'root', { provinceId: null }), m)).toBe(true);
  });

  it('shows a pending request to the reviewer of that level only', () => {
    const m = material({ requestedScope: 'school' });
    expect(sees(schoolAdmin, m)).toBe(true);
    expect(sees(otherSchoolAdmin, m)).toBe(false);
    expect(sees(colleague, m)).toBe(false);
  });

  it('widens step by step: school, district, province', () => {
    const school = material({ scope: 'school' });
    expect([colleague, student, districtOfficer, provinceOfficer].every((v) => sees(v, school))).toBe(true);
    expect(sees(otherSchoolTeacher, school)).toBe(false);
    const district = material({ scope: 'district' });
    expect(sees(otherSchoolTeacher, district)).toBe(true);
    expect(sees(otherDistrictTeacher, district)).toBe(false);
    const province = material({ scope: 'province' });
    expect(sees(otherDistrictTeacher, province)).toBe(true);
    expect(sees(otherProvinceOfficer, province)).toBe(false);
  });

  it('shows a material assigned to a class to that class', () => {
    const m = material({ classIds: ['c1'] });
    expect(sees(actor('student', 'x', { districtId: 'd2', schoolId: 's3' }), m, ['c1'])).toBe(true);
    expect(sees(actor('student', 'y', { districtId: 'd2', schoolId: 's3' }), m, ['c2'])).toBe(false);
  });
});

describe('sharing', () => {
  it('widens one level at a time, skipping the school step for officers', () => {
    expect(nextScope(material())).toBe('school');
    expect(nextScope(material({ scope: 'district' }))).toBe('province');
    expect(nextScope(material({ scope: 'province' }))).toBeNull();
    expect(nextScope(material({ schoolId: null }))).toBe('district');
  });

  it('lets the author or the current level’s reviewer propose the next level', () => {
    expect(mayRequestShare(author, material(), 'school')).toBe(true);
    expect(mayRequestShare(author, material(), 'district')).toBe(false);
    expect(mayRequestShare(colleague, material(), 'school')).toBe(false);
    expect(mayRequestShare(schoolAdmin, material({ scope: 'school' }), 'district')).toBe(true);
    expect(mayRequestShare(author, material({ requestedScope: 'school' }), 'school')).toBe(false);
  });

  it('lets only the reviewer of the requested level in the unit decide', () => {
    expect(mayDecide(schoolAdmin, material({ requestedScope: 'school' }))).toBe(true);
    expect(mayDecide(otherSchoolAdmin, material({ requestedScope: 'school' }))).toBe(false);
    expect(mayDecide(schoolAdmin, material({ scope: 'school', requestedScope: 'district' }))).toBe(false);
    expect(mayDecide(districtOfficer, material({ scope: 'school', requestedScope: 'district' }))).toBe(true);
    expect(mayDecide(schoolAdmin, material())).toBe(false);
  });

  it('lets province officers feature province-wide materials of their province', () => {
    expect(mayFeature(provinceOfficer, material({ scope: 'province' }))).toBe(true);
    expect(mayFeature(provinceOfficer, material({ scope: 'district' }))).toBe(false);
    expect(mayFeature(otherProvinceOfficer, material({ scope: 'province' }))).toBe(false);
  });
});
