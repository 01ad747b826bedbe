import type { Db, Prisma } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE, type OrgScope } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { provincesWithin } from './scope.js';
import { createUnit } from './unit-creation.js';
import { districtInclude, districtItem, provinceInclude, provinceItem } from './unit-items.js';

type Tx = Prisma.TransactionClient;

interface UnitChange {
  name?: string | undefined;
  active?: boolean | undefined;
}

/** A province or a district office as its lifecycle reads it. */
interface UnitRow {
  id: string;
  name: string;
  deactivatedAt: Date | null;
}

/** How one level of units is written; renaming and (de)activating work alike for both. */
interface UnitLevel {
  /** The audit action prefix and resource type. */
  kind: 'province' | 'district';
  /** Active units right under this one: a unit is deactivated only once they are. */
  activeChildren(tx: Tx, id: string): Promise<number>;
  /** The unit's own accounts, whose sessions end when it is deactivated. */
  members(id: string): Prisma.UserWhereInput;
  write(tx: Tx, id: string, data: ReturnType<typeof changeData>): Promise<unknown>;
}

const provinceLevel: UnitLevel = {
  kind: 'province',
  activeChildren: (tx, provinceId) => tx.district.count({ where: { provinceId, deactivatedAt: null } }),
  members: (provinceId) => ({ provinceId }),
  write: (tx, id, data) => tx.province.update({ where: { id }, data }),
};

const districtLevel: UnitLevel = {
  kind: 'district',
  activeChildren: (tx, districtId) => tx.school.count({ where: { districtId, deactivatedAt: null } }),
  members: (districtId) => ({ districtId }),
  write: (tx, id, data) => tx.district.update({ where: { id }, data }),
};

/** The audit verb for a change: (de)activation when the state flips, else a plain update. */
function verbOf(wasActive: boolean, change: UnitChange) {
  if (change.active === false && wasActive) return 'deactivate';
  if (change.active === true && !wasActive) return 'reactivate';
  return 'update';
}

/** What a unit's change writes: the new name, and the deactivation instant when the state flips. */
function changeData(change: UnitChange, verb: ReturnType<typeof verbOf>, clock: () => Date) {
  return {
    ...(change.name ? { name: change.name } : {}),
    ...(verb === 'deactivate' ? { deactivatedAt: clock() } : {}),
    ...(verb === 'reactivate' ? { deactivatedAt: null } : {}),
  };
}

/**
 * Provinces (Sở GDĐT) and district offices (Phòng GDĐT): created, renamed and deactivated, never
 * deleted. A unit is deactivated only once the units under it are, so no active school is left in an
 * inactive district; nothing new is created under an inactive unit.
 */
export function createUnitService(db: Db, clock: () => Date) {
  const provinceView = async (id: string) =>
    provinceItem(await db.province.findUniqueOrThrow({ where: { id }, include: provinceInclude }));
  const districtView = async (id: string) =>
    districtItem(await db.district.findUniqueOrThrow({ where: { id }, include: districtInclude }));

  /** Renames, deactivates or reactivates a unit, with its audit entry, in one transaction. */
  async function changeUnit(
    actor: Actor,
    level: UnitLevel,
    unit: UnitRow,
    scope: OrgScope,
    change: UnitChange,
    reactivating: (tx: Tx) => Promise<void> = async () => undefined,
  ) {
    const verb = verbOf(!unit.deactivatedAt, change);
    await db.$transaction(async (tx) => {
      if (verb === 'deactivate') {
        if ((await level.activeChildren(tx, unit.id)) > 0) throw new AppError('UNIT_HAS_ACTIVE_CHILDREN');
        await tx.session.deleteMany({ where: { user: level.members(unit.id) } });
      }
      if (verb === 'reactivate') await reactivating(tx);
      await level.write(tx, unit.id, changeData(change, verb, clock));
      await recordAudit(tx, {
        actor,
        action: `${level.kind}.${verb}`,
        resourceType: level.kind,
        resourceId: unit.id,
        scope,
        details: { before: { name: unit.name }, after: { name: change.name ?? unit.name } },
      });
    });
  }

  return {
    async listProvinces(actor: Actor) {
      const provinces = await db.province.findMany({
        where: provincesWithin(actor),
        include: provinceInclude,
        orderBy: { name: 'asc' },
      });
      return { items: provinces.map(provinceItem) };
    },

    async createProvince(actor: Actor, body: { code: string; name: string }) {
      if (!can(actor, 'province.manage', GLOBAL_SCOPE)) throw forbidden();
      const details = { code: body.code, name: body.name };
      const id = await createUnit(db, actor, 'province', details, async (tx) => {
        const province = await tx.province.create({ data: { code: body.code, name: body.name } });
        return { id: province.id, scope: { provinceId: province.id } };
      });
      return provinceView(id);
    },

    async updateProvince(actor: Actor, provinceId: string, change: UnitChange) {
      const province = await db.province.findUnique({ where: { id: provinceId } });
      if (!province) throw new AppError('PROVINCE_NOT_FOUND');
      if (!can(actor, 'province.manage', { provinceId })) throw forbidden();
      await changeUnit(actor, provinceLevel, province, { provinceId }, change);
      return provinceView(provinceId);
    },

    async createDistrict(actor: Actor, body: { provinceId: string; code: string; name: string }) {
      const province = await db.province.findUnique({ where: { id: body.provinceId } });
      const scope = { provinceId: body.provinceId };
      if (!province) throw new AppError('PROVINCE_NOT_FOUND');
      if (!can(actor, 'district.manage', scope)) throw forbidden();
      if (province.deactivatedAt) throw new AppError('UNIT_INACTIVE');
      const details = { code: body.code, name: body.name };
      const id = await createUnit(db, actor, 'district', details, async (tx) => {
        const district = await tx.district.create({ data: body });
        return { id: district.id, scope: { ...scope, districtId: district.id } };
      });
      return districtView(id);
    },

    async updateDistrict(actor: Actor, districtId: string, change: UnitChange) {
      const district = await db.district.findUnique({ where: { id: districtId } });
      const scope = district ? { provinceId: district.provinceId, districtId } : null;
      if (!district || !scope) throw new AppError('DISTRICT_NOT_FOUND');
      if (!can(actor, 'district.manage', scope)) throw forbidden();
      // Nothing is reactivated under an inactive province.
      await changeUnit(actor, districtLevel, district, scope, change, async (tx) => {
        const province = await tx.province.findUniqueOrThrow({ where: { id: district.provinceId } });
        if (province.deactivatedAt) throw new AppError('UNIT_INACTIVE');
      });
      return districtView(districtId);
    },
  };
}
