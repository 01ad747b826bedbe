import type { ShareScope } from '@hoclieu/contracts';
import type { Actor } from '../authz.js';
import { mayEditMaterial, reviewsAt, reviewsRequest } from './sharing.js';
import type { MaterialPlacement } from './visibility.js';

/** What approval covers of a shared item: the version, and for materials the title and description. */
export interface ApprovalState {
  scope: ShareScope;
  currentVersion: number;
  /** The version last approved at `scope`; null while never approved beyond private. */
  approvedVersion: number | null;
  title?: string;
  approvedTitle?: string | null;
  description?: string;
  approvedDescription?: string | null;
}

export type PendingChange = 'version' | 'title' | 'description';

/** What changed since the approval and waits to be approved again ("Đang chờ duyệt lại"). */
export function pendingChanges(s: ApprovalState): PendingChange[] {
  if (s.scope === 'private' || s.approvedVersion === null) return [];
  const changes: PendingChange[] = [];
  if (s.currentVersion !== s.approvedVersion) changes.push('version');
  if (s.title !== undefined && s.approvedTitle != null && s.title !== s.approvedTitle) changes.push('title');
  if (s.description !== undefined && s.approvedDescription != null && s.description !== s.approvedDescription)
    changes.push('description');
  return changes;
}

/**
 * Approval covers what others see. The author's own reach (the author, a system admin, classes the
 * author gave it to) and the reviewers of its scope or of the pending request see the current
 * content; everyone the shared scope adds (colleagues, other schools, the district, the province)
 * sees the approved one until the change is approved again at the same scope.
 */
export function seesPending(
  actor: Actor,
  m: MaterialPlacement & Pick<ApprovalState, 'approvedVersion'>,
  inAuthorsClass = false,
): boolean {
  if (m.approvedVersion === null || inAuthorsClass || mayEditMaterial(actor, m)) return true;
  return reviewsAt(actor, m, m.scope) || reviewsRequest(actor, m);
}

/**
 * Asking again at the same scope: after a rejected re-approval the author (or the scope's reviewer)
 * sends the pending change back for review. Edits of an approved item ask for it by themselves.
 */
export function mayRequestReapproval(actor: Actor, m: MaterialPlacement, pending: boolean): boolean {
  if (!pending || m.scope === 'private' || m.requestedScope !== null) return false;
  return mayEditMaterial(actor, m) || reviewsAt(actor, m, m.scope);
}
