import type { Role, ShareScope } from '@hoclieu/contracts';

type Level = Exclude<ShareScope, 'private'>;

/** The part of a material's (or question's) placement the deciders read (structural: no import cycle). */
interface RequestPlacement {
  districtId: string | null;
  provinceId: string | null;
  requestedScope: ShareScope | null;
  authorRole?: Role | null;
}

const reviewerOfLevel: Record<Level, Role> = {
  school: 'school_admin',
  district: 'district_officer',
  province: 'province_officer',
};

/** The level above `scope` in the material's org chain (school -> district -> province). */
function levelAbove(m: Pick<RequestPlacement, 'districtId' | 'provinceId'>, scope: Level): Level | null {
  if (scope === 'school') return m.districtId ? 'district' : m.provinceId ? 'province' : null;
  if (scope === 'district') return m.provinceId ? 'province' : null;
  return null;
}

/**
 * The levels whose reviewers decide the pending request. Nobody decides their own request: when
 * the author is a reviewer of the requested level (a school admin's own material asking for the
 * school), another reviewer of that level or the reviewer one level up (the district office)
 * decides; a province officer's own province request falls to the system admin.
 */
export function decidingScopes(m: RequestPlacement): Level[] {
  const requested = m.requestedScope;
  if (!requested || requested === 'private') return [];
  if (m.authorRole !== reviewerOfLevel[requested]) return [requested];
  const above = levelAbove(m, requested);
  return above ? [requested, above] : [requested];
}
