import { type Actor, can } from '../authz.js';

/** The whole organisation of a province is imported by its officers, or by a system admin for it. */
export function mayImportInto(actor: Actor, provinceId: string | null): boolean {
  return provinceId !== null && can(actor, 'district.manage', { provinceId });
}

/** Whether the actor may import an organisation at all: a system admin, or a province's officer. */
export function mayImportOrganisation(actor: Actor): boolean {
  return actor.role === 'system_admin' || mayImportInto(actor, actor.provinceId);
}

/** Which imports the actor follows: every one (system admin) or those of their own province. */
export function seesEveryImport(actor: Actor): boolean {
  return actor.role === 'system_admin';
}

/**
 * A system admin imports into the province they chose: the per-kind checks then see them as that
 * province's officer, so no row can reach into another province. Anyone else stays who they are.
 */
export function importerInProvince(actor: Actor, provinceId: string): Actor {
  return actor.role === 'system_admin' ? { ...actor, role: 'province_officer', provinceId } : actor;
}
