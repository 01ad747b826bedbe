import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/authz.js';
import {
  examClassGrant,
  importerInProvince,
  materialClassGrant,
  mayConfirmLiveClass,
  mayDeclareLiveClass,
  mayImportOrganisation,
  mayManageAssignment,
  mayManageExam,
  mayReadDistrictReport,
  mayReadExam,
  mayReadSchoolReport,
  mayRollOverDistrict,
  mayUseQuestionBank,
  mayWriteExams,
  seesClassMaterials,
  seesRejectionReason,
  sitsExams,
} from '../src/permissions/index.js';

const actor = (role: Actor['role'], unit: Partial<Actor> = {}): Actor => ({
  userId: `${role}-1`,
  role,
  provinceId: null,
  districtId: null,
  schoolId: null,
  ...unit,
});
const inSchool = { provinceId: 'p1', districtId: 'd1', schoolId: 's1' };
const student = actor('student', inSchool);
const teacher = actor('teacher', inSchool);
const schoolAdmin = actor('school_admin', inSchool);
const districtOfficer = actor('district_officer', { provinceId: 'p1', districtId: 'd1' });
const provinceOfficer = actor('province_officer', { provinceId: 'p1' });
const systemAdmin = actor('system_admin');

describe('tests (đề kiểm tra)', () => {
  const own = { authorId: teacher.userId, schoolId: 's1' };
  const colleague = { authorId: 'teacher-2', schoolId: 's1' };
  const elsewhere = { authorId: 'teacher-3', schoolId: 's2' };

  it('lets staff write tests, never students', () => {
    expect(mayWriteExams(student)).toBe(false);
    expect(mayWriteExams(teacher)).toBe(true);
  });

  it('lets the author, their school admin and the system admin read a test', () => {
    expect(mayReadExam(teacher, own)).toBe(true);
    expect(mayReadExam(teacher, colleague)).toBe(false);
    expect(mayReadExam(schoolAdmin, colleague)).toBe(true);
    expect(mayReadExam(schoolAdmin, elsewhere)).toBe(false);
    expect(mayReadExam(schoolAdmin, { authorId: 'x', schoolId: null })).toBe(false);
    expect(mayReadExam(districtOfficer, colleague)).toBe(false);
    expect(mayReadExam(systemAdmin, elsewhere)).toBe(true);
    expect(mayReadExam(student, { authorId: student.userId, schoolId: 's1' })).toBe(false);
  });

  it('lets only the author and the system admin manage it', () => {
    expect(mayManageExam(teacher, own)).toBe(true);
    expect(mayManageExam(schoolAdmin, colleague)).toBe(false);
    expect(mayManageExam(systemAdmin, elsewhere)).toBe(true);
  });
});

describe('assignments and attempts', () => {
  const given = { teacherId: teacher.userId, classSchoolIds: ['s1'] };
  it('lets the assigning teacher, a school admin of a class and the system admin manage', () => {
    expect(mayManageAssignment(teacher, given)).toBe(true);
    expect(mayManageAssignment(actor('teacher', { ...inSchool, userId: 't2' }), given)).toBe(false);
    expect(mayManageAssignment(schoolAdmin, given)).toBe(true);
    expect(mayManageAssignment(actor('school_admin', { schoolId: 's2' }), given)).toBe(false);
    expect(mayManageAssignment(systemAdmin, given)).toBe(true);
  });

  it('has students alone sit tests', () => {
    expect(sitsExams(student)).toBe(true);
    expect(sitsExams(teacher)).toBe(false);
  });

  it('gives a school admin every class of their school, others the classes they teach', () => {
    expect(examClassGrant(schoolAdmin, { schoolId: 's1' })).toBe('granted');
    expect(examClassGrant(schoolAdmin, { schoolId: 's2' })).toBe('if_teaching');
    expect(examClassGrant(teacher, { schoolId: 's1' })).toBe('if_teaching');
    expect(examClassGrant(systemAdmin, { schoolId: 's1' })).toBe('if_teaching');
  });
});

describe('question bank and materials', () => {
  it('keeps students out of the bank', () => {
    expect(mayUseQuestionBank(student)).toBe(false);
    expect(mayUseQuestionBank(districtOfficer)).toBe(true);
  });

  it('shows a rejection reason to the author and to non-teachers only', () => {
    expect(seesRejectionReason(teacher, { authorId: teacher.userId })).toBe(true);
    expect(seesRejectionReason(teacher, { authorId: 'other' })).toBe(false);
    expect(seesRejectionReason(schoolAdmin, { authorId: 'other' })).toBe(true);
  });

  it('puts materials on a class as teacher (if teaching) or its school admin', () => {
    expect(materialClassGrant(teacher, { schoolId: 's2' })).toBe('if_teaching');
    expect(materialClassGrant(schoolAdmin, { schoolId: 's1' })).toBe('granted');
    expect(materialClassGrant(schoolAdmin, { schoolId: 's2' })).toBe('refused');
    expect(materialClassGrant(systemAdmin, { schoolId: 's1' })).toBe('refused');
    expect(seesClassMaterials(student) && seesClassMaterials(teacher)).toBe(true);
    expect(seesClassMaterials(schoolAdmin)).toBe(false);
  });
});

describe('live classes, reports, imports, school years', () => {
  it('has teachers declare and the school admin of the class confirm live classes', () => {
    expect(mayDeclareLiveClass(teacher) && mayDeclareLiveClass(schoolAdmin)).toBe(true);
    expect(mayDeclareLiveClass(student)).toBe(false);
    expect(mayConfirmLiveClass(schoolAdmin, { schoolId: 's1' })).toBe(true);
    expect(mayConfirmLiveClass(schoolAdmin, { schoolId: 's2' })).toBe(false);
    expect(mayConfirmLiveClass(systemAdmin, { schoolId: 's1' })).toBe(false);
  });

  it('keeps school and district reports inside the reader unit', () => {
    const school = { id: 's1', districtId: 'd1', provinceId: 'p1' };
    const far = { id: 's9', districtId: 'd9', provinceId: 'p2' };
    expect(mayReadSchoolReport(schoolAdmin, school)).toBe(true);
    expect(mayReadSchoolReport(teacher, school)).toBe(false);
    expect(mayReadSchoolReport(districtOfficer, { ...school, id: 's2' })).toBe(true);
    expect(mayReadSchoolReport(provinceOfficer, far)).toBe(false);
    expect(mayReadSchoolReport(systemAdmin, far)).toBe(true);
    expect(mayReadDistrictReport(provinceOfficer, { id: 'd2', provinceId: 'p1' })).toBe(true);
    expect(mayReadDistrictReport(provinceOfficer, { id: 'd9', provinceId: 'p2' })).toBe(false);
    expect(mayReadDistrictReport(districtOfficer, { id: 'd1', provinceId: 'p1' })).toBe(false);
  });

  it('lets a province officer or a system admin import, the latter as the chosen province', () => {
    expect(mayImportOrganisation(provinceOfficer)).toBe(true);
    expect(mayImportOrganisation(systemAdmin)).toBe(true);
    expect(mayImportOrganisation(districtOfficer)).toBe(false);
    expect(importerInProvince(systemAdmin, 'p7')).toMatchObject({
      role: 'province_officer',
      provinceId: 'p7',
    });
    expect(importerInProvince(provinceOfficer, 'p7')).toBe(provinceOfficer);
  });

  it('keeps school admins from rolling a district over', () => {
    const district = { provinceId: 'p1', districtId: 'd1' };
    expect(mayRollOverDistrict(districtOfficer, district)).toBe(true);
    expect(mayRollOverDistrict(schoolAdmin, district)).toBe(false);
    expect(mayRollOverDistrict(districtOfficer, { provinceId: 'p1', districtId: 'd2' })).toBe(false);
  });
});
