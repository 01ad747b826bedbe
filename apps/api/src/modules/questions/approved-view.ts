import type { ApprovalStatus } from '@hoclieu/contracts';
import { type Actor, pendingChanges, seesPending } from '@hoclieu/domain';
import { placementOf, type QuestionRow } from './repository.js';

type Viewed = Parameters<typeof placementOf>[0] & { approvedVersion: number | null };

/** Whether this viewer sees the question's current version (pending re-approval) or the approved one. */
export function seesPendingQuestion(actor: Actor, q: Viewed): boolean {
  return seesPending(actor, { ...placementOf(q), approvedVersion: q.approvedVersion });
}

/** The question as the approval covers it: the approved version only. */
export function asApproved<
  Q extends { approvedVersion: number | null; currentVersion: number; versions: { number: number }[] },
>(q: Q): Q {
  if (q.approvedVersion === null) return q;
  const approvedVersion = q.approvedVersion;
  return {
    ...q,
    currentVersion: approvedVersion,
    versions: q.versions.filter((v) => v.number === approvedVersion),
  };
}

/** The version number this viewer may use (read, export, put in an exam). */
export function shownVersion(actor: Actor, q: Viewed & { currentVersion: number }): number {
  return seesPendingQuestion(actor, q) || q.approvedVersion === null ? q.currentVersion : q.approvedVersion;
}

/** What the author and the reviewers are told about the pending change; null for everyone else. */
export function approvalStatusOf(q: QuestionRow, pending: boolean): ApprovalStatus | null {
  if (!pending || q.approvedVersion === null) return null;
  return {
    pendingChanges: pendingChanges(q),
    approvedVersion: q.approvedVersion,
    approvedTitle: null,
    approvedDescription: null,
  };
}
