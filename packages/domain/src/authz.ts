import type { Role } from '@hoclieu/contracts';

/** The signed-in user as authorization sees it, with the org chain of their unit filled in. */
export interface Actor {
  userId: string;
  role: Role;
  provinceId: string | null;
  districtId: string | null;
  schoolId: string | null;
}

/** Where a resource sits in the org tree. `null` everywhere means a sector-wide resource. */
export interface OrgScope {
  provinceId: string | null;
  districtId?: string | null;
  schoolId?: string | null;
}

export const GLOBAL_SCOPE: OrgScope = { provinceId: null };

export type Action =
  | 'org.read'
  | 'province.manage'
  | 'district.manage'
  | 'school.manage'
  | 'class.read'
  | 'class.manage'
  | 'user.read'
  | 'user.manage'
  | 'curriculum.read'
  | 'curriculum.manage'
  | 'kpi.read'
  | 'kpi.manage'
  | 'audit.read'
  | 'school_year.manage'
  | 'school_year.rollover'
  | 'online_lesson.correct';

const STAFF: Role[] = ['teacher', 'school_admin', 'district_officer', 'province_officer', 'system_admin'];
const ADMINS: Role[] = ['school_admin', 'district_officer', 'province_officer', 'system_admin'];
const OFFICERS: Role[] = ['district_officer', 'province_officer', 'system_admin'];
const SECTOR: Role[] = ['province_officer', 'system_admin'];

/** Which roles may perform an action at all; `within` then limits them to their own unit. */
const allowedRoles: Record<Action, Role[]> = {
  'org.read': [...STAFF, 'student'],
  // Provinces are created and closed by the platform's operator; districts by their province.
  'province.manage': ['system_admin'],
  'district.manage': SECTOR,
  'school.manage': OFFICERS,
  'class.read': STAFF,
  'class.manage': ADMINS,
  'user.read': ADMINS,
  'user.manage': ADMINS,
  'curriculum.read': [...STAFF, 'student'],
  'curriculum.manage': SECTOR,
  'kpi.read': STAFF,
  'kpi.manage': SECTOR,
  'audit.read': ADMINS,
  /** School years are the province's calendar: created, made current and closed by the Sở. */
  'school_year.manage': SECTOR,
  /** Moving classes up a year: a school's admin for the school, an officer for the whole unit. */
  'school_year.rollover': ADMINS,
  /** Recording or correcting a class's online lessons afterwards, in a year not closed. */
  'online_lesson.correct': ['school_admin'],
};

/** Whether the resource lies inside the actor's own org unit. */
export function within(actor: Actor, scope: OrgScope): boolean {
  switch (actor.role) {
    case 'system_admin':
      return true;
    case 'province_officer':
      // A sector-wide resource (no province) belongs to every province.
      return scope.provinceId === null || scope.provinceId === actor.provinceId;
    case 'district_officer':
      return scope.provinceId === null || (!!scope.districtId && scope.districtId === actor.districtId);
    default:
      return scope.provinceId === null || (!!scope.schoolId && scope.schoolId === actor.schoolId);
  }
}

/** The one question every route asks: may this actor do this action on a resource in this scope? */
export function can(actor: Actor, action: Action, scope: OrgScope): boolean {
  return allowedRoles[action].includes(actor.role) && within(actor, scope);
}

const rank: Record<Role, number> = {
  student: 0,
  teacher: 1,
  school_admin: 2,
  district_officer: 3,
  province_officer: 4,
  system_admin: 5,
};

/** Managing an account (reset its password, import over it) needs a strictly higher role. */
export function outranks(actor: Actor, target: Role): boolean {
  return actor.role === 'system_admin' || rank[actor.role] > rank[target];
}
