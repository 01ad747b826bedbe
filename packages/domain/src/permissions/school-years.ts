import { type Actor, can, type OrgScope } from '../authz.js';

/** Moving a whole district's classes up a year: its officers (not a school's admin, even one inside). */
export function mayRollOverDistrict(actor: Actor, district: OrgScope): boolean {
  return actor.role !== 'school_admin' && can(actor, 'school_year.rollover', district);
}
