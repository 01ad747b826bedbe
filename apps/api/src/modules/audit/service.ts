import type { AuditEntryView, AuditFilter } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { type Actor, addDays, can, GLOBAL_SCOPE, vietnamDayStart } from '@hoclieu/domain';
import { auditDetailsOf } from '../../db-json.js';
import { forbidden } from '../../http/errors.js';
import { pageOf, pageWindow } from '../../paging.js';

/**
 * The entries an admin may read: their own unit and everything below it. A province officer also
 * sees sector-wide entries (KPI targets, the curriculum), which apply to every province.
 */
function auditScopeOf(actor: Actor): Prisma.AuditEntryWhereInput {
  switch (actor.role) {
    case 'system_admin':
      return {};
    case 'province_officer':
      if (!actor.provinceId) throw forbidden();
      return { OR: [{ provinceId: actor.provinceId }, { provinceId: null }] };
    // A missing unit must never widen into `IS NULL` (every sector-wide entry): refuse instead.
    case 'district_officer':
      if (!actor.districtId) throw forbidden();
      return { districtId: actor.districtId };
    case 'school_admin':
      if (!actor.schoolId) throw forbidden();
      return { schoolId: actor.schoolId };
    default:
      throw forbidden();
  }
}

export function createAuditService(db: Db) {
  /** Names of the actors and units of a page of entries, fetched once per page. */
  async function namesFor(
    entries: {
      actorId: string | null;
      provinceId: string | null;
      districtId: string | null;
      schoolId: string | null;
    }[],
  ) {
    const ids = (pick: (e: (typeof entries)[number]) => string | null) => [
      ...new Set(entries.map(pick).filter((id): id is string => id !== null)),
    ];
    const [users, schools, districts, provinces] = await Promise.all([
      db.user.findMany({
        where: { id: { in: ids((e) => e.actorId) } },
        select: { id: true, username: true, fullName: true, role: true },
      }),
      db.school.findMany({ where: { id: { in: ids((e) => e.schoolId) } }, select: { id: true, name: true } }),
      db.district.findMany({
        where: { id: { in: ids((e) => e.districtId) } },
        select: { id: true, name: true },
      }),
      db.province.findMany({
        where: { id: { in: ids((e) => e.provinceId) } },
        select: { id: true, name: true },
      }),
    ]);
    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    return {
      users: byId(users),
      schools: byId(schools),
      districts: byId(districts),
      provinces: byId(provinces),
    };
  }

  return {
    /** Newest first, in the reader's scope; teachers and students may not read the log at all. */
    async list(actor: Actor, query: AuditFilter) {
      if (!can(actor, 'audit.read', GLOBAL_SCOPE)) throw forbidden();
      const createdAt: Prisma.DateTimeFilter = {};
      // The days asked for are Vietnamese days: from 00:00 of `from` to 24:00 of `to` at UTC+7.
      if (query.from) createdAt.gte = vietnamDayStart(query.from);
      if (query.to) createdAt.lt = vietnamDayStart(addDays(query.to, 1));
      const where: Prisma.AuditEntryWhereInput = {
        AND: [
          auditScopeOf(actor),
          {
            ...(query.action ? { action: query.action } : {}),
            ...(query.resourceType ? { resourceType: query.resourceType } : {}),
            ...(query.from || query.to ? { createdAt } : {}),
          },
        ],
      };
      const [total, rows] = await Promise.all([
        db.auditEntry.count({ where }),
        db.auditEntry.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          ...pageWindow(query),
        }),
      ]);
      const names = await namesFor(rows);
      const items = rows.map((row): AuditEntryView => {
        const school = row.schoolId ? names.schools.get(row.schoolId) : undefined;
        const district = row.districtId ? names.districts.get(row.districtId) : undefined;
        const province = row.provinceId ? names.provinces.get(row.provinceId) : undefined;
        const unit = school
          ? { kind: 'school' as const, ...school }
          : district
            ? { kind: 'district' as const, ...district }
            : province
              ? { kind: 'province' as const, ...province }
              : null;
        return {
          id: row.id,
          action: row.action,
          resourceType: row.resourceType,
          resourceId: row.resourceId,
          actor: (row.actorId && names.users.get(row.actorId)) || null,
          unit,
          details: auditDetailsOf(row),
          createdAt: row.createdAt.toISOString(),
        };
      });
      return pageOf(items, total, query);
    },
  };
}
