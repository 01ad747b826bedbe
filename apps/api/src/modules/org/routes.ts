import { orgEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { route, signedIn, staff, unitAdmins } from '../../http/route.js';
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

  actorRoute(app, orgEndpoints.listDistricts, signedIn('none'), (actor) => schools.listDistricts(actor));
  actorRoute(app, orgEndpoints.listSchools, signedIn('none'), (actor, { query }) =>
    schools.listSchools(actor, query),
  );
  actorRoute(app, orgEndpoints.getSchool, signedIn('unit'), (actor, { params }) =>
    schools.getSchool(actor, params.schoolId),
  );
  route(app, orgEndpoints.listSchoolYears, async () => classes.listSchoolYears(), {
    access: signedIn('none'),
  });
  actorRoute(app, orgEndpoints.listClasses, staff('unit'), (actor, { params, query }) =>
    classes.listClasses(actor, params.schoolId, query),
  );
  actorRoute(app, orgEndpoints.myClasses, signedIn('self'), (actor) => classes.myClasses(actor));
  actorRoute(app, orgEndpoints.getClass, staff('unit'), (actor, { params }) =>
    classes.getClass(actor, params.classId),
  );
  actorRoute(app, orgEndpoints.listUsers, unitAdmins('none'), (actor, { query }) =>
    users.listUsers(actor, query),
  );
  actorRoute(app, orgEndpoints.resetPassword, unitAdmins('unit'), (actor, { params }) =>
    users.resetPassword(actor, params.userId),
  );
  orgManagementRoutes(app, { db, passwords, clock, schools });
}
