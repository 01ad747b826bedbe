import type { KpiTargetInput } from '@hoclieu/contracts';
import type { Db, KpiTarget, Prisma } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE, targetPercentValid } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { userNames } from '../org/user-names.js';

const view = (t: KpiTarget) => ({
  id: t.id,
  kpi: t.kpi,
  scope: t.scope,
  year: t.year,
  targetPercent: Number(t.targetPercent),
  sourceDocument: t.sourceDocument,
  sourceText: t.sourceText,
  updatedAt: t.updatedAt.toISOString(),
});

interface TargetChange {
  targetPercent?: number | undefined;
  sourceDocument?: string | undefined;
  sourceText?: string | undefined;
}

function checkPercent(percent: number | undefined) {
  if (percent !== undefined && !targetPercentValid(percent)) throw new AppError('KPI_TARGET_OUT_OF_RANGE');
}

type Tx = Prisma.TransactionClient;

/** What a change did to a target's figure and source, as its history row keeps it. */
type TargetHistory = Pick<
  Prisma.KpiTargetChangeUncheckedCreateInput,
  'fromPercent' | 'toPercent' | 'fromDocument' | 'toDocument'
>;

/** A target's change: its history row and its audit entry, in the caller's transaction. */
async function recordChange(
  tx: Tx,
  actor: Actor,
  targetId: string,
  action: 'create' | 'update',
  history: TargetHistory,
  details: Prisma.InputJsonValue,
) {
  await tx.kpiTargetChange.create({ data: { targetId, action, ...history, changedById: actor.userId } });
  await recordAudit(tx, {
    actor,
    action: `kpi_target.${action}`,
    resourceType: 'kpi_target',
    resourceId: targetId,
    scope: { provinceId: actor.provinceId },
    details,
  });
}

/**
 * Targets are the plans' data: province officers add the yearly targets the plans give and correct
 * them, naming the decision that sets each. Every change keeps a history row (who, when, before and
 * after) and an audit entry.
 */
export function createKpiService(db: Db) {
  return {
    async listTargets(actor: Actor) {
      if (!can(actor, 'kpi.read', GLOBAL_SCOPE)) throw forbidden();
      const targets = await db.kpiTarget.findMany({
        orderBy: [{ kpi: 'asc' }, { year: 'asc' }, { scope: 'asc' }],
      });
      return { items: targets.map(view) };
    },

    async createTarget(actor: Actor, input: Required<KpiTargetInput>) {
      if (!can(actor, 'kpi.manage', GLOBAL_SCOPE)) throw forbidden();
      checkPercent(input.targetPercent);
      const created = await db.$transaction(async (tx) => {
        const exists = await tx.kpiTarget.findUnique({
          where: { kpi_scope_year: { kpi: input.kpi, scope: input.scope, year: input.year } },
        });
        if (exists) throw new AppError('KPI_TARGET_EXISTS');
        const target = await tx.kpiTarget.create({ data: { ...input, updatedById: actor.userId } });
        const history = { toPercent: input.targetPercent, toDocument: input.sourceDocument };
        await recordChange(tx, actor, target.id, 'create', history, { ...input });
        return target;
      });
      return view(created);
    },

    async updateTarget(actor: Actor, targetId: string, change: TargetChange) {
      if (!can(actor, 'kpi.manage', GLOBAL_SCOPE)) throw forbidden();
      checkPercent(change.targetPercent);
      const before = await db.kpiTarget.findUnique({ where: { id: targetId } });
      if (!before) throw new AppError('KPI_TARGET_NOT_FOUND');
      const after = await db.$transaction(async (tx) => {
        const updated = await tx.kpiTarget.update({
          where: { id: targetId },
          data: { ...change, updatedById: actor.userId },
        });
        const history = {
          fromPercent: before.targetPercent,
          toPercent: updated.targetPercent,
          fromDocument: before.sourceDocument,
          toDocument: updated.sourceDocument,
        };
        await recordChange(tx, actor, targetId, 'update', history, {
          kpi: before.kpi,
          scope: before.scope,
          year: before.year,
          from: Number(before.targetPercent),
          to: Number(updated.targetPercent),
          fromDocument: before.sourceDocument,
          toDocument: updated.sourceDocument,
        });
        return updated;
      });
      return view(after);
    },

    async history(actor: Actor, targetId: string) {
      if (!can(actor, 'kpi.read', GLOBAL_SCOPE)) throw forbidden();
      if (!(await db.kpiTarget.findUnique({ where: { id: targetId } })))
        throw new AppError('KPI_TARGET_NOT_FOUND');
      const changes = await db.kpiTargetChange.findMany({
        where: { targetId },
        orderBy: { changedAt: 'desc' },
      });
      const names = await userNames(
        db,
        changes.map((c) => c.changedById),
      );
      return {
        items: changes.map((c) => ({
          id: c.id,
          action: c.action as 'create' | 'update',
          fromPercent: c.fromPercent === null ? null : Number(c.fromPercent),
          toPercent: Number(c.toPercent),
          fromDocument: c.fromDocument,
          toDocument: c.toDocument,
          changedBy: c.changedById ? (names.get(c.changedById) ?? null) : null,
          changedAt: c.changedAt.toISOString(),
        })),
      };
    },
  };
}
