import type { Db, Prisma } from '@hoclieu/db';
import type { Actor, OrgScope } from '@hoclieu/domain';

export interface AuditInput {
  actor: Actor;
  action: string;
  resourceType: string;
  resourceId: string;
  /** Where the change happened: the changed row itself or the actor will do (only the unit ids are kept). */
  scope: OrgScope;
  details: Prisma.InputJsonValue;
}

type Writer = Pick<Db, 'auditEntry'>;

/** Appends to the audit trail, in the caller's transaction when given one. */
export async function recordAudit(db: Writer, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actor.userId,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId,
      provinceId: entry.scope.provinceId,
      districtId: entry.scope.districtId ?? null,
      schoolId: entry.scope.schoolId ?? null,
      details: entry.details,
    },
  });
}

/**
 * The audit trail of one kind of resource, for a service writing several of its entries:
 * `auditTrailOf('topic')(tx, actor, 'create', id, scope, details)` records a `topic.create`.
 */
export function auditTrailOf(resourceType: string) {
  return (
    db: Writer,
    actor: Actor,
    verb: string,
    resourceId: string,
    scope: OrgScope,
    details: Prisma.InputJsonValue,
  ) =>
    recordAudit(db, { actor, action: `${resourceType}.${verb}`, resourceType, resourceId, scope, details });
}
