import type { Role, ShareScope } from '@hoclieu/contracts';
import type { Actor } from '../authz.js';
import { decidingScopes } from './deciders.js';

/** What visibility needs to know of a material. */
export interface MaterialPlacement {
  authorId: string;
  schoolId: string | null;
  districtId: string | null;
  provinceId: string | null;
  scope: ShareScope;
  requestedScope: ShareScope | null;
  /** Classes the material was assigned to as an online lesson. */
  classIds: string[];
  /** The author's role: a reviewer's own request is also decided one level up (see `decidingScopes`). */
  authorRole?: Role | null;
}

/**
 * Visibility as tokens: a material lists who may see it, a viewer lists who they are, and the
 * material is visible when the two lists meet. The same tokens filter SQL lists and the search
 * engine, so pagination and counts stay right everywhere.
 */
export function materialAudience(m: MaterialPlacement): string[] {
  const tokens = new Set<string>(['admin', `user:${m.authorId}`]);
  const add = (prefix: string, id: string | null) => id && tokens.add(`${prefix}:${id}`);
  if (m.scope === 'school') {
    add('school', m.schoolId);
    add('district-office', m.districtId);
    add('province-office', m.provinceId);
  }
  if (m.scope === 'district') {
    add('district', m.districtId);
    add('province-office', m.provinceId);
  }
  if (m.scope === 'province') add('province', m.provinceId);
  // Reviewers see what waits for their decision.
  for (const scope of decidingScopes(m)) {
    if (scope === 'school') add('review-school', m.schoolId);
    if (scope === 'district') add('review-district', m.districtId);
    if (scope === 'province') add('review-province', m.provinceId);
  }
  for (const classId of m.classIds) tokens.add(`class:${classId}`);
  return [...tokens];
}

/** Who the viewer is, as tokens; `classIds` are the classes they study in or teach. */
export function viewerTokens(actor: Actor, classIds: string[]): string[] {
  const tokens = [`user:${actor.userId}`];
  const add = (prefix: string, id: string | null) => id && tokens.push(`${prefix}:${id}`);
  switch (actor.role) {
    case 'system_admin':
      tokens.push('admin');
      break;
    case 'province_officer':
      add('province', actor.provinceId);
      add('province-office', actor.provinceId);
      add('review-province', actor.provinceId);
      break;
    case 'district_officer':
      add('district', actor.districtId);
      add('province', actor.provinceId);
      add('district-office', actor.districtId);
      add('review-district', actor.districtId);
      break;
    default:
      add('school', actor.schoolId);
      add('district', actor.districtId);
      add('province', actor.provinceId);
      if (actor.role === 'school_admin') add('review-school', actor.schoolId);
      for (const classId of classIds) tokens.push(`class:${classId}`);
  }
  return tokens;
}

export function isVisible(audience: string[], viewer: string[]): boolean {
  return viewer.some((token) => audience.includes(token));
}

const reviewerOf: Record<Exclude<ShareScope, 'private'>, Role> = {
  school: 'school_admin',
  district: 'district_officer',
  province: 'province_officer',
};

/** The role that decides a request for this scope. */
export function reviewerRole(scope: Exclude<ShareScope, 'private'>): Role {
  return reviewerOf[scope];
}
