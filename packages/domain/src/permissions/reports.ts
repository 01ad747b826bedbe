import { type Actor, within } from '../authz.js';

const SCHOOL_READERS: readonly Actor['role'][] = [
  'school_admin',
  'district_officer',
  'province_officer',
  'system_admin',
];

/** A school's report: officers for the schools of their district or province, a school admin their own. */
export function mayReadSchoolReport(
  actor: Actor,
  school: { id: string; districtId: string; provinceId: string },
): boolean {
  return (
    SCHOOL_READERS.includes(actor.role) &&
    within(actor, { provinceId: school.provinceId, districtId: school.districtId, schoolId: school.id })
  );
}

/** A district's report, as a province officer (their province's districts) or system admin sees it. */
export function mayReadDistrictReport(actor: Actor, district: { id: string; provinceId: string }): boolean {
  return (
    (actor.role === 'province_officer' || actor.role === 'system_admin') &&
    within(actor, { provinceId: district.provinceId, districtId: district.id })
  );
}
