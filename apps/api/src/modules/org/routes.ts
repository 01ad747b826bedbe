import { orgEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { route, signedIn, staff, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { createClassService } from './classes.js';
import { orgManagementRoutes } from './management-routes.js';
import { createSchoolService } from './schools.js';
import { createUserService } from './users.js';

export async function orgRoutes(
  app: FastifyInstance,
  { db, passwords, clock }: { db: Db; passwords: PasswordHasher; clock: () => Date },
) {
  const schools = createSchoolService(db);
  const classes = createClassService(db);
  const users = createUserService(db, passwords, clock);

  route(app, orgEndpoints.listDistricts, async (request) => schools.listDistricts(actorOf(request)), {
    access: signedIn('none'),
  });
  route(
    app,
    orgEndpoints.listSchools,
    async (request) => schools.listSchools(actorOf(request), request.query),
    { access: signedIn('none') },
  );
  route(
    app,
    orgEndpoints.getSchool,
    async (request) => schools.getSchool(actorOf(request), request.params.schoolId),
    { access: signedIn('unit') },
  );
  route(app, orgEndpoints.listSchoolYears, async () => classes.listSchoolYears(), {
    access: signedIn('none'),
  });
  route(
    app,
    orgEndpoints.listClasses,
    async (request) => classes.listClasses(actorOf(request), request.params.schoolId, request.query),
    { access: staff('unit') },
  );
  route(app, orgEndpoints.myClasses, async (request) => classes.myClasses(actorOf(request)), {
    access: signedIn('self'),
  });
  route(
    app,
    orgEndpoints.getClass,
    async (request) => classes.getClass(actorOf(request), request.params.classId),
    { access: staff('unit') },
  );
  route(app, orgEndpoints.listUsers, async (request) => users.listUsers(actorOf(request), request.query), {
    access: unitAdmins('none'),
  });
  route(
    app,
    orgEndpoints.resetPassword,
    async (request) => users.resetPassword(actorOf(request), request.params.userId),
    { access: unitAdmins('unit') },
  );
  orgManagementRoutes(app, { db, passwords, clock, schools });
}
