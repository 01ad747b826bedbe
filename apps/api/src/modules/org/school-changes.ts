import type { Db } from '@hoclieu/db';
import { type Actor, can, schoolKinds } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { createSchoolService } from './schools.js';
import { schoolScope } from './scope.js';
import { createUnit } from './unit-creation.js';

interface NewSchool {
  districtId: string;
  code: string;
  name: string;
  kind: string;
  address?: string | undefined;
}

interface SchoolChange {
  name?: string | undefined;
  kind?: string | undefined;
  address?: string | null | undefined;
  districtId?: string | undefined;
  active?: boolean | undefined;
}

/** The seal's label and the levels it teaches, as the domain defines school kinds. */
function kindOf(label: string) {
  // Own keys only: "valueOf" or "constructor" are not school kinds (found by the contract fuzz).
  const levels = Object.hasOwn(schoolKinds, label) ? schoolKinds[label] : undefined;
  if (!levels) throw new AppError('SCHOOL_KIND_INVALID');
  return { kind: label, levels };
}

/**
 * Schools created, edited, moved and deactivated by the officers who hold them. A move stays inside
 * the province and needs `school.manage` on both districts (a province officer or the system admin);
 * the school's classes, accounts and history move with it, so every report, past years' too, shows
 * it under its new district. A deactivated school keeps everything; its accounts cannot sign in.
 */
export function createSchoolChanges(
  db: Db,
  schools: ReturnType<typeof createSchoolService>,
  clock: () => Date,
) {
  async function district(districtId: string) {
    const found = await db.district.findUnique({ where: { id: districtId } });
    const scope = found ? { provinceId: found.provinceId, districtId } : null;
    if (!found || !scope) throw new AppError('DISTRICT_NOT_FOUND');
    return { district: found, scope };
  }

  return {
    async createSchool(actor: Actor, body: NewSchool) {
      const { district: target, scope } = await district(body.districtId);
      if (!can(actor, 'school.manage', scope)) throw forbidden();
      if (target.deactivatedAt) throw new AppError('UNIT_INACTIVE');
      const { kind, levels } = kindOf(body.kind);
      const details = { code: body.code, name: body.name, kind };
      const id = await createUnit(db, actor, 'school', details, async (tx) => {
        const school = await tx.school.create({
          data: { ...details, districtId: body.districtId, levels, address: body.address || null },
        });
        return { id: school.id, scope: { ...scope, schoolId: school.id } };
      });
      return schools.getSchool(actor, id);
    },

    async updateSchool(actor: Actor, schoolId: string, change: SchoolChange) {
      const school = await db.school.findUnique({ where: { id: schoolId }, include: { district: true } });
      if (!school) throw new AppError('SCHOOL_NOT_FOUND');
      const scope = schoolScope(school);
      if (!can(actor, 'school.manage', scope)) throw forbidden();
      const kind = change.kind && change.kind !== school.kind ? kindOf(change.kind) : null;

      const moving = change.districtId && change.districtId !== school.districtId ? change.districtId : null;
      if (moving) {
        const target = await db.district.findUnique({ where: { id: moving } });
        if (!target) throw new AppError('DISTRICT_NOT_FOUND');
        if (target.provinceId !== school.district.provinceId)
          throw new AppError('SCHOOL_MOVE_CROSS_PROVINCE');
        if (!can(actor, 'school.manage', { provinceId: target.provinceId, districtId: target.id }))
          throw forbidden();
        if (target.deactivatedAt) throw new AppError('UNIT_INACTIVE');
      }
      const deactivate = change.active === false && !school.deactivatedAt;
      const reactivate = change.active === true && !!school.deactivatedAt;
      if (reactivate && school.district.deactivatedAt && !moving) throw new AppError('UNIT_INACTIVE');

      const before = {
        name: school.name,
        kind: school.kind,
        address: school.address,
        districtId: school.districtId,
      };
      const after = {
        name: change.name ?? school.name,
        kind: kind?.kind ?? school.kind,
        address: change.address === undefined ? school.address : change.address || null,
        districtId: moving ?? school.districtId,
      };
      await db.$transaction(async (tx) => {
        await tx.school.update({
          where: { id: schoolId },
          data: {
            name: after.name,
            address: after.address,
            ...(kind ? { kind: kind.kind, levels: kind.levels } : {}),
            ...(moving ? { districtId: moving } : {}),
            ...(deactivate ? { deactivatedAt: clock() } : {}),
            ...(reactivate ? { deactivatedAt: null } : {}),
          },
        });
        // Its accounts lose their sessions now; the session lookup refuses them from here on.
        if (deactivate) await tx.session.deleteMany({ where: { user: { schoolId } } });
        const audit = (action: string, details: Record<string, unknown>) =>
          recordAudit(tx, {
            actor,
            action,
            resourceType: 'school',
            resourceId: schoolId,
            scope,
            details: details as never,
          });
        const edited = (['name', 'kind', 'address'] as const).some((k) => before[k] !== after[k]);
        if (edited) await audit('school.update', { before, after });
        if (moving) await audit('school.move', { fromDistrictId: school.districtId, toDistrictId: moving });
        if (deactivate) await audit('school.deactivate', { code: school.code, name: school.name });
        if (reactivate) await audit('school.reactivate', { code: school.code, name: school.name });
      });
      return schools.getSchool(actor, schoolId);
    },
  };
}
