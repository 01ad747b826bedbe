import type { Db } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';

type TargetRow = Awaited<ReturnType<Db['kpiTarget']['findFirstOrThrow']>>;
const view = (t: TargetRow) => ({
  id: t.id,
  kpi: t.kpi,
  scope: t.scope,
  year: t.year,
  targetPercent: Number(t.targetPercent),
  sourceDocument: t.sourceDocument,
  sourceText: t.sourceText,
  updatedAt: t.updatedAt.toISOString(),
});

export function createKpiService(db: Db) {
  return {
    async listTargets(actor: Actor) {
      if (!can(actor, 'kpi.read', GLOBAL_SCOPE)) throw forbidden();
      const targets = await db.kpiTarget.findMany({
        orderBy: [{ kpi: 'asc' }, { year: 'asc' }, { scope: 'asc' }],
      });
      return { items: targets.map(view) };
    },

    /** Targets are the plan's data: province officers may change them, and every change is audited. */
    async updateTarget(actor: Actor, targetId: string, targetPercent: number) {
      if (!can(actor, 'kpi.manage', GLOBAL_SCOPE)) throw forbidden();
      const before = await db.kpiTarget.findUnique({ where: { id: targetId } });
      if (!before) throw new AppError('KPI_TARGET_NOT_FOUND');
      const after = await db.$transaction(async (tx) => {
        const updated = await tx.kpiTarget.update({
          where: { id: targetId },
          data: { targetPercent, updatedById: actor.userId },
        });
        await recordAudit(tx, {
          actor,
          action: 'kpi_target.update',
          resourceType: 'kpi_target',
          resourceId: targetId,
          scope: { provinceId: actor.provinceId },
          details: {
            kpi: before.kpi,
            scope: before.scope,
            year: before.year,
            from: Number(before.targetPercent),
            to: targetPercent,
          },
        });
        return updated;
      });
      return view(after);
    },
  };
}
