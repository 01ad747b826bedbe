import type { MaterialDetail, MaterialSummary, SessionUser, ShareScope } from '@hoclieu/contracts';
import { nextScope } from '@hoclieu/domain';

export type SharedScope = Exclude<ShareScope, 'private'>;

export type ShareStatus =
  | { kind: 'private' }
  | { kind: 'pending'; level: SharedScope }
  | { kind: 'shared'; level: SharedScope };

/** Riêng tư / Chờ duyệt cấp … / Đã chia sẻ cấp …: a pending request says more than the scope it widens. */
export function shareStatus({
  scope,
  requestedScope,
}: Pick<MaterialSummary, 'scope' | 'requestedScope'>): ShareStatus {
  if (requestedScope && requestedScope !== 'private') return { kind: 'pending', level: requestedScope };
  if (scope === 'private') return { kind: 'private' };
  return { kind: 'shared', level: scope };
}

/**
 * The scope "Gửi duyệt" asks for, by the domain's own rule. The detail does not say which district a
 * school-less material (an officer's) belongs to; only its author or a reviewer of that unit can
 * submit it, and a material takes its author's unit, so the viewer's district stands in.
 */
export function submitScope(material: MaterialDetail, viewer: SessionUser): SharedScope | null {
  if (!material.permissions.submit) return null;
  // The rule only asks whether there is a district: a school implies one.
  const districtId = material.school ? 'district-of-the-school' : (viewer.district?.id ?? null);
  const next = nextScope({ scope: material.scope, schoolId: material.school?.id ?? null, districtId });
  return next === 'private' ? null : next;
}
