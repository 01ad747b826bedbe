import type { Prisma } from '@hoclieu/db';
import type { Actor, OrgScope } from '@hoclieu/domain';

/** The org scope of a school row loaded with its district. */
export function schoolScope(school: {
  id: string;
  districtId: string;
  district: { provinceId: string };
}): OrgScope {
  return { provinceId: school.district.provinceId, districtId: school.districtId, schoolId: school.id };
}

/** Schools the actor's unit contains: the filter every school list starts from. */
export function schoolsWithin(actor: Actor): Prisma.SchoolWhereInput {
  switch (actor.role) {
    case 'system_admin':
      return {};
    case 'province_officer':
      return { district: { provinceId: actor.provinceId ?? '' } };
    case 'district_officer':
      return { districtId: actor.districtId ?? '' };
    default:
      return { id: actor.schoolId ?? '' };
  }
}

/** Districts the actor's unit lies in or contains: the filter of the district list. */
export function districtsWithin(actor: Actor): Prisma.DistrictWhereInput {
  switch (actor.role) {
    case 'system_admin':
      return {};
    case 'province_officer':
      return { provinceId: actor.provinceId ?? '' };
    default:
      return { id: actor.districtId ?? '' };
  }
}

/** Provinces the actor sees: every one (system admin) or their own. */
export function provincesWithin(actor: Actor): Prisma.ProvinceWhereInput {
  return actor.role === 'system_admin' ? {} : { id: actor.provinceId ?? '' };
}

/** Accounts the actor's unit contains: its schools' users and the officers of its own units. */
export function usersWithin(actor: Actor): Prisma.UserWhereInput {
  switch (actor.role) {
    case 'system_admin':
      return {};
    case 'province_officer':
      return {
        OR: [
          { provinceId: actor.provinceId },
          { district: { provinceId: actor.provinceId ?? '' } },
          { school: { district: { provinceId: actor.provinceId ?? '' } } },
        ],
      };
    case 'district_officer':
      return { OR: [{ districtId: actor.districtId }, { school: { districtId: actor.districtId ?? '' } }] };
    default:
      return { schoolId: actor.schoolId ?? '' };
  }
}
