import { orgManagementEndpoints as endpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { rolesWith, route, signedIn, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
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

  route(app, endpoints.listProvinces, async (request) => units.listProvinces(actorOf(request)), {
    access: signedIn('none'),
  });
  route(
    app,
    endpoints.createProvince,
    async (request) => units.createProvince(actorOf(request), request.body),
    {
      access: { system_admin: 'none' },
    },
  );
  route(
    app,
    endpoints.updateProvince,
    async (request) => units.updateProvince(actorOf(request), request.params.provinceId, request.body),
    { access: { system_admin: 'unit' } },
  );
  route(
    app,
    endpoints.createDistrict,
    async (request) => units.createDistrict(actorOf(request), request.body),
    {
      access: rolesWith('unit', 'province_officer', 'system_admin'),
    },
  );
  route(
    app,
    endpoints.updateDistrict,
    async (request) => units.updateDistrict(actorOf(request), request.params.districtId, request.body),
    { access: rolesWith('unit', 'province_officer', 'system_admin') },
  );
  route(
    app,
    endpoints.createSchool,
    async (request) => schoolChanges.createSchool(actorOf(request), request.body),
    { access: rolesWith('unit', 'district_officer', 'province_officer', 'system_admin') },
  );
  route(
    app,
    endpoints.updateSchool,
    async (request) => schoolChanges.updateSchool(actorOf(request), request.params.schoolId, request.body),
    { access: rolesWith('unit', 'district_officer', 'province_officer', 'system_admin') },
  );
  route(app, endpoints.createUser, async (request) => accounts.createUser(actorOf(request), request.body), {
    access: unitAdmins('unit'),
  });
  route(
    app,
    endpoints.updateUser,
    async (request) => accounts.updateUser(actorOf(request), request.params.userId, request.body),
    { access: unitAdmins('unit') },
  );
}
