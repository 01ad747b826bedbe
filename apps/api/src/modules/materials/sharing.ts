import type { ShareScope } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { type Actor, mayDecide, mayFeature, mayRequestShare } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { loadMaterial, type MaterialRow, placementOf, refreshAudience } from './load.js';

type Decision = { decision: 'approve' } | { decision: 'reject'; reason: string };

/**
 * The sharing workflow: private -> school -> district -> province, one level at a time, each
 * request decided by that level's reviewer. Every step lands in ShareDecision and the audit log.
 */
export function createSharingService(db: Db, onChange: () => void) {
  /** Applies one step of the workflow with its decision record and audit entry, in one transaction. */
  async function transition(
    actor: Actor,
    m: MaterialRow,
    step: {
      action: string;
      scope: ShareScope | null;
      reason: string | null;
      data: Prisma.MaterialUpdateInput;
    },
  ) {
    const { action, scope, reason } = step;
    const materialId = m.id;
    await db.$transaction(async (tx) => {
      await tx.material.update({ where: { id: materialId }, data: step.data });
      await tx.shareDecision.create({ data: { materialId, action, scope, reason, actorId: actor.userId } });
      await refreshAudience(tx, materialId);
      await recordAudit(tx, {
        actor,
        action: `material.${action}`,
        resourceType: 'material',
        resourceId: materialId,
        scope: { provinceId: m.provinceId, districtId: m.districtId, schoolId: m.schoolId },
        details: { scope, reason },
      });
    });
    onChange();
  }

  return {
    async requestShare(actor: Actor, materialId: string, scope: Exclude<ShareScope, 'private'>) {
      const m = await loadMaterial(db, materialId);
      const placement = placementOf(m);
      // Someone who could never propose this material gets FORBIDDEN; the author asking for the
      // wrong step (or without a file) gets the reason.
      if (m.authorId !== actor.userId && !mayRequestShare(actor, placement, scope)) throw forbidden();
      const current = m.versions.find((v) => v.number === m.currentVersion);
      const hasFile = current?.files.some((f) => f.upload.status === 'stored') ?? false;
      if (!hasFile || !mayRequestShare(actor, placement, scope)) throw new AppError('SHARE_NOT_ALLOWED');
      await transition(actor, m, {
        action: 'submitted',
        scope,
        reason: null,
        data: { requestedScope: scope, rejectionReason: null },
      });
    },

    async decide(actor: Actor, materialId: string, decision: Decision) {
      const m = await loadMaterial(db, materialId);
      if (!mayDecide(actor, placementOf(m))) throw forbidden();
      const scope = m.requestedScope;
      if (decision.decision === 'approve') {
        await transition(actor, m, {
          action: 'approved',
          scope,
          reason: null,
          data: { scope: scope ?? m.scope, requestedScope: null },
        });
      } else {
        await transition(actor, m, {
          action: 'rejected',
          scope,
          reason: decision.reason,
          data: { requestedScope: null, rejectionReason: decision.reason },
        });
      }
    },

    async setFeatured(actor: Actor, materialId: string, featured: boolean) {
      const m = await loadMaterial(db, materialId);
      if (!mayFeature(actor, placementOf(m))) throw forbidden();
      await transition(actor, m, {
        action: featured ? 'featured' : 'unfeatured',
        scope: m.scope,
        reason: null,
        data: { featured },
      });
    },
  };
}
