import type { ShareScope } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type Actor,
  isOwnRequest,
  mayFeature,
  mayRequestReapproval,
  mayRequestShare,
  pendingChanges,
  reviewsRequest,
  viewerTokens,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { SharedItem, SharingChange, SharingKind, Tx } from './kind.js';

export type Decision = { decision: 'approve' } | { decision: 'reject'; reason: string };

/**
 * The sharing workflow, once for every kind of content: private -> school -> district -> province,
 * one level at a time, each request decided by that level's reviewer (never by its own author or
 * requester). Approval covers what others see: an edit of an approved item asks for re-approval at
 * the same scope, and others keep seeing the approved version until it is granted. Every step lands
 * in the kind's decision table and the audit log, in one transaction with the audience refresh.
 */
export function createSharingWorkflow<Row, Approved extends object>(
  db: Db,
  kind: SharingKind<Row, Approved>,
  onChange: () => void,
) {
  async function step(
    tx: Tx,
    actor: Actor,
    item: SharedItem,
    s: { action: string; scope: ShareScope | null; reason: string | null; change: SharingChange },
  ) {
    const { placement: p, approval } = item;
    const { approve, ...columns } = s.change;
    await kind.write(
      tx,
      item.id,
      approve ? { ...columns, ...(await kind.approvedCopy(tx, item.id)) } : columns,
    );
    await kind.record(tx, item.id, {
      action: s.action,
      scope: s.scope,
      reason: s.reason,
      actorId: actor.userId,
    });
    await kind.refresh(tx, item.id);
    await recordAudit(tx, {
      actor,
      action: `${kind.kind}.${s.action}`,
      resourceType: kind.kind,
      resourceId: item.id,
      scope: p,
      details: { scope: s.scope, reason: s.reason, version: approval.currentVersion },
    });
  }

  async function transition(actor: Actor, item: SharedItem, s: Parameters<typeof step>[3]) {
    await db.$transaction((tx) => step(tx, actor, item, s));
    onChange();
  }

  return {
    async requestShare(actor: Actor, id: string, scope: Exclude<ShareScope, 'private'>) {
      const row = await kind.load(db, actor, id);
      const item = kind.item(row);
      const p = item.placement;
      const pending = pendingChanges(item.approval).length > 0;
      const allowed =
        mayRequestShare(actor, p, scope) || (scope === p.scope && mayRequestReapproval(actor, p, pending));
      // Someone who could never propose this item gets FORBIDDEN; the author asking for the wrong
      // step (or with nothing to share) gets the reason.
      if (p.authorId !== actor.userId && !allowed) throw forbidden();
      if (!allowed || !kind.ready(row)) throw new AppError(kind.notAllowed);
      await transition(actor, item, {
        action: 'submitted',
        scope,
        reason: null,
        change: { requestedScope: scope, rejectionReason: null },
      });
    },

    async decide(actor: Actor, id: string, decision: Decision) {
      const item = kind.item(await kind.load(db, actor, id));
      const p = item.placement;
      if (!reviewsRequest(actor, p)) throw forbidden();
      if (isOwnRequest(actor, p, item.requesterId)) throw new AppError('SHARE_OWN_DECISION');
      const scope = p.requestedScope;
      await transition(
        actor,
        item,
        decision.decision === 'approve'
          ? {
              action: 'approved',
              scope,
              reason: null,
              change: { scope: scope ?? p.scope, requestedScope: null, approve: true },
            }
          : {
              action: 'rejected',
              scope,
              reason: decision.reason,
              change: { requestedScope: null, rejectionReason: decision.reason },
            },
      );
    },

    async setFeatured(actor: Actor, id: string, featured: boolean) {
      const item = kind.item(await kind.load(db, actor, id));
      if (!mayFeature(actor, item.placement)) throw forbidden();
      await transition(actor, item, {
        action: featured ? 'featured' : 'unfeatured',
        scope: item.placement.scope,
        reason: null,
        change: { featured },
      });
    },

    /**
     * After an edit, in the edit's transaction: a change to an approved shared item goes back to the
     * reviewers of its scope by itself ("Đang chờ duyệt lại"); a pending request already covers it.
     */
    async resubmitIfChanged(tx: Tx, actor: Actor, id: string): Promise<void> {
      const item = await kind.read(tx, id);
      const p = item.placement;
      if (p.scope === 'private' || p.requestedScope !== null) return;
      if (pendingChanges(item.approval).length === 0) return;
      await step(tx, actor, item, {
        action: 'submitted',
        scope: p.scope,
        reason: null,
        change: { requestedScope: p.scope, rejectionReason: null },
      });
    },

    /** Items waiting for this actor's decision, oldest request first. */
    async reviewQueue(actor: Actor): Promise<Row[]> {
      const tokens = viewerTokens(actor, []).filter((t) => t.startsWith('review-') || t === 'admin');
      if (tokens.length === 0) return [];
      // Their own requests are not waiting for them: another reviewer decides those.
      const rows = await kind.queue(db, tokens);
      return rows.filter((row) => {
        const item = kind.item(row);
        return !isOwnRequest(actor, item.placement, item.requesterId);
      });
    },
  };
}
