import type { ApprovalStatus } from '@hoclieu/contracts';
import { type Actor, pendingChanges, seesPending } from '@hoclieu/domain';
import { type MaterialRow, placementOf } from './repository.js';

type Viewed = Pick<
  MaterialRow,
  | 'authorId'
  | 'schoolId'
  | 'districtId'
  | 'provinceId'
  | 'scope'
  | 'requestedScope'
  | 'approvedVersion'
  | 'onlineLessons'
  | 'author'
>;

/**
 * Whether this viewer sees the material as it is now (pending re-approval) rather than as it was
 * approved. `viewerClassIds`: the classes the viewer studies in or teaches; a class the author gave
 * the material to is within the author's own reach.
 */
export function seesPendingMaterial(actor: Actor, m: Viewed, viewerClassIds: string[]): boolean {
  const inAuthorsClass = m.onlineLessons.some(
    (l) => l.teacherId === m.authorId && viewerClassIds.includes(l.classId),
  );
  return seesPending(actor, { ...placementOf(m), approvedVersion: m.approvedVersion }, inAuthorsClass);
}

/** The material as the approval covers it: the approved version, title and description only. */
export function asApproved<M extends Omit<MaterialRow, 'topics' | 'decisions' | 'onlineLessons'>>(m: M): M {
  if (m.approvedVersion === null) return m;
  return {
    ...m,
    title: m.approvedTitle ?? m.title,
    description: m.approvedDescription ?? m.description,
    currentVersion: m.approvedVersion,
    versions: m.versions.filter((v) => v.number === m.approvedVersion),
  };
}

/** What the author and the reviewers are told about the pending change; null for everyone else. */
export function approvalStatusOf(m: MaterialRow, pending: boolean): ApprovalStatus | null {
  if (!pending || m.approvedVersion === null) return null;
  return {
    pendingChanges: pendingChanges(m),
    approvedVersion: m.approvedVersion,
    approvedTitle: m.approvedTitle,
    approvedDescription: m.approvedDescription,
  };
}
