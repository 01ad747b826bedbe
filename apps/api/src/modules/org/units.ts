import type { Db } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { provincesWithin } from './scope.js';
import { uniqueOr } from './unique.js';
import { districtInclude, districtItem, provinceInclude, provinceItem } from './unit-items.js';

interface UnitChange {
  name?: string | undefined;
  active?: boolean | undefined;
}

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

const renameDetails = (name: string, change: UnitChange) => ({
  before: { name },
  after: { name: change.name ?? name },
});

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
      if (await db.province.findUnique({ where: { code: body.code } }))
        throw new AppError('PROVINCE_CODE_TAKEN');
      const created = await uniqueOr('PROVINCE_CODE_TAKEN', () =>
        db.$transaction(async (tx) => {
          const province = await tx.province.create({ data: { code: body.code, name: body.name } });
          await recordAudit(tx, {
            actor,
            action: 'province.create',
            resourceType: 'province',
            resourceId: province.id,
            scope: { provinceId: province.id },
            details: { code: body.code, name: body.name },
          });
          return province;
        }),
      );
      return provinceView(created.id);
    },

    async updateProvince(actor: Actor, provinceId: string, change: UnitChange) {
      const province = await db.province.findUnique({ where: { id: provinceId } });
      if (!province) throw new AppError('PROVINCE_NOT_FOUND');
      if (!can(actor, 'province.manage', { provinceId })) throw forbidden();
      const verb = verbOf(!province.deactivatedAt, change);
      await db.$transaction(async (tx) => {
        if (verb === 'deactivate') {
          const active = await tx.district.count({ where: { provinceId, deactivatedAt: null } });
          if (active > 0) throw new AppError('UNIT_HAS_ACTIVE_CHILDREN');
          await tx.session.deleteMany({ where: { user: { provinceId } } });
        }
        await tx.province.update({
          where: { id: provinceId },
          data: changeData(change, verb, clock),
        });
        await recordAudit(tx, {
          actor,
          action: `province.${verb}`,
          resourceType: 'province',
          resourceId: provinceId,
          scope: { provinceId },
          details: renameDetails(province.name, change),
        });
      });
      return provinceView(provinceId);
    },

    async createDistrict(actor: Actor, body: { provinceId: string; code: string; name: string }) {
      const province = await db.province.findUnique({ where: { id: body.provinceId } });
      const scope = { provinceId: body.provinceId };
      if (!province) throw new AppError('PROVINCE_NOT_FOUND');
      if (!can(actor, 'district.manage', scope)) throw forbidden();
      if (province.deactivatedAt) throw new AppError('UNIT_INACTIVE');
      if (await db.district.findUnique({ where: { code: body.code } }))
        throw new AppError('DISTRICT_CODE_TAKEN');
      const created = await uniqueOr('DISTRICT_CODE_TAKEN', () =>
        db.$transaction(async (tx) => {
          const district = await tx.district.create({ data: body });
          await recordAudit(tx, {
            actor,
            action: 'district.create',
            resourceType: 'district',
            resourceId: district.id,
            scope: { ...scope, districtId: district.id },
            details: { code: body.code, name: body.name },
          });
          return district;
        }),
      );
      return districtView(created.id);
    },

    async updateDistrict(actor: Actor, districtId: string, change: UnitChange) {
      const district = await db.district.findUnique({ where: { id: districtId } });
      const scope = district ? { provinceId: district.provinceId, districtId } : null;
      if (!district || !scope) throw new AppError('DISTRICT_NOT_FOUND');
      if (!can(actor, 'district.manage', scope)) throw forbidden();
      const verb = verbOf(!district.deactivatedAt, change);
      await db.$transaction(async (tx) => {
        if (verb === 'deactivate') {
          const active = await tx.school.count({ where: { districtId, deactivatedAt: null } });
          if (active > 0) throw new AppError('UNIT_HAS_ACTIVE_CHILDREN');
          await tx.session.deleteMany({ where: { user: { districtId } } });
        }
        if (verb === 'reactivate') {
          const province = await tx.province.findUniqueOrThrow({ where: { id: district.provinceId } });
          if (province.deactivatedAt) throw new AppError('UNIT_INACTIVE');
        }
        await tx.district.update({
          where: { id: districtId },
          data: changeData(change, verb, clock),
        });
        await recordAudit(tx, {
          actor,
          action: `district.${verb}`,
          resourceType: 'district',
          resourceId: districtId,
          scope,
          details: renameDetails(district.name, change),
        });
      });
      return districtView(districtId);
    },
  };
}
