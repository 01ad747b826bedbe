import type { ShareScope } from '@hoclieu/contracts';
import type { Actor } from '../authz.js';
import { decidingScopes } from './deciders.js';
import type { MaterialPlacement } from './visibility.js';

const order: ShareScope[] = ['private', 'school', 'district', 'province'];

/**
 * The one scope a material may be proposed for next: sharing widens one level at a time, each level
 * approved by its own reviewer. A material made by an officer (no school) skips the school step.
 */
export function nextScope(
  m: Pick<MaterialPlacement, 'scope' | 'schoolId' | 'districtId'>,
): ShareScope | null {
  let next = order[order.indexOf(m.scope) + 1] ?? null;
  if (next === 'school' && !m.schoolId) next = 'district';
  if (next === 'district' && !m.districtId) next = 'province';
  return next;
}

/** Whether the actor reviews requests for this scope in the material's unit. */
export function reviewsAt(actor: Actor, m: MaterialPlacement, scope: ShareScope): boolean {
  if (actor.role === 'system_admin') return scope !== 'private';
  if (scope === 'school')
    return actor.role === 'school_admin' && !!m.schoolId && actor.schoolId === m.schoolId;
  if (scope === 'district')
    return actor.role === 'district_officer' && !!m.districtId && actor.districtId === m.districtId;
  if (scope === 'province')
    return actor.role === 'province_officer' && !!m.provinceId && actor.provinceId === m.provinceId;
  return false;
}

/** The author proposes the next step; so does the reviewer who approved the current one (selection upward). */
export function mayRequestShare(actor: Actor, m: MaterialPlacement, scope: ShareScope): boolean {
  if (m.requestedScope !== null || scope !== nextScope(m)) return false;
  return actor.userId === m.authorId || reviewsAt(actor, m, m.scope);
}

/** Whether the actor reviews the pending request's level (or the level above, for a reviewer's own request). */
export function reviewsRequest(actor: Actor, m: MaterialPlacement): boolean {
  return decidingScopes(m).some((scope) => reviewsAt(actor, m, scope));
}

/** The author, or whoever asked for the pending step (`requesterId`). */
export function isOwnRequest(actor: Actor, m: MaterialPlacement, requesterId?: string | null): boolean {
  return actor.userId === m.authorId || (!!requesterId && actor.userId === requesterId);
}

/** A reviewer of the request's level decides it, never their own request (see `decidingScopes`). */
export function mayDecide(actor: Actor, m: MaterialPlacement, requesterId?: string | null): boolean {
  return reviewsRequest(actor, m) && !isOwnRequest(actor, m, requesterId);
}

/** Bài giảng tiêu biểu: province officers mark province-wide materials of their province. */
export function mayFeature(actor: Actor, m: MaterialPlacement): boolean {
  return m.scope === 'province' && reviewsAt(actor, m, 'province');
}

export function mayEditMaterial(actor: Actor, m: Pick<MaterialPlacement, 'authorId'>): boolean {
  return actor.userId === m.authorId || actor.role === 'system_admin';
}

/** Why a reviewer of the request's level may not decide it: it is their own (shown beside the buttons). */
export function reviewBlock(
  actor: Actor,
  m: MaterialPlacement,
  requesterId?: string | null,
): 'own_request' | null {
  return reviewsRequest(actor, m) && isOwnRequest(actor, m, requesterId) ? 'own_request' : null;
}
