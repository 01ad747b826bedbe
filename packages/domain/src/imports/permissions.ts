import type { ImportKind } from '@hoclieu/contracts';
import { type Action, type Actor, can } from '../authz.js';

/** What importing each kind amounts to: managing schools, classes, or accounts. */
export const importActions: Record<ImportKind, Action> = {
  schools: 'school.manage',
  classes: 'class.manage',
  teachers: 'user.manage',
  students: 'user.manage',
};

/**
 * Whether the actor's role may import this kind at all (asked about their own unit). Each row is
 * then checked against the unit it names, with `can`.
 */
export function mayImport(actor: Actor, kind: ImportKind): boolean {
  const ownUnit = { provinceId: actor.provinceId, districtId: actor.districtId, schoolId: actor.schoolId };
  return can(actor, importActions[kind], ownUnit);
}
