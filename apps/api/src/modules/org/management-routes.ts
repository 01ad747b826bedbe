import { orgManagementEndpoints as endpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { rolesWith, signedIn, unitAdmins } from '../../http/route.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { createAccountService } from './accounts.js';
import { createSchoolChanges } from './school-changes.js';
import type { createSchoolService } from './schools.js';
import { createUnitService } from './units.js';

/** Creating, renaming and deactivating provinces, districts, schools and accounts. */
export function orgManagementRoutes(
  app: FastifyInstance,
  deps: {
    db: Db;
    passwords: PasswordHasher;
    clock: () => Date;
    schools: ReturnType<typeof createSchoolService>;
  },
) {
  const units = createUnitService(deps.db, deps.clock);
  const schoolChanges = createSchoolChanges(deps.db, deps.schools, deps.clock);
  const accounts = createAccountService(deps.db, deps.passwords, deps.clock);
  const districtMakers = rolesWith('unit', 'province_officer', 'system_admin');
  const schoolMakers = rolesWith('unit', 'district_officer', 'province_officer', 'system_admin');

  actorRoute(app, endpoints.listProvinces, signedIn('none'), (actor) => units.listProvinces(actor));
  actorRoute(app, endpoints.createProvince, { system_admin: 'none' }, (actor, { body }) =>
    units.createProvince(actor, body),
  );
  actorRoute(app, endpoints.updateProvince, { system_admin: 'unit' }, (actor, { params, body }) =>
    units.updateProvince(actor, params.provinceId, body),
  );
  actorRoute(app, endpoints.createDistrict, districtMakers, (actor, { body }) =>
    units.createDistrict(actor, body),
  );
  actorRoute(app, endpoints.updateDistrict, districtMakers, (actor, { params, body }) =>
    units.updateDistrict(actor, params.districtId, body),
  );
  actorRoute(app, endpoints.createSchool, schoolMakers, (actor, { body }) =>
    schoolChanges.createSchool(actor, body),
  );
  actorRoute(app, endpoints.updateSchool, schoolMakers, (actor, { params, body }) =>
    schoolChanges.updateSchool(actor, params.schoolId, body),
  );
  actorRoute(app, endpoints.createUser, unitAdmins('unit'), (actor, { body }) =>
    accounts.createUser(actor, body),
  );
  actorRoute(app, endpoints.updateUser, unitAdmins('unit'), (actor, { params, body }) =>
    accounts.updateUser(actor, params.userId, body),
  );
}
