import { learningOnlineEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { unitAdmins } from '../../http/route.js';
import { createLearningOnline, type Learners } from './learning-online.js';

/** Học sinh học trực tuyến: the indicator for the viewer's unit, and a school's students behind it. */
export async function learningOnlineRoutes(
  app: FastifyInstance,
  { db, sql, clock, learners }: { db: Db; sql: Sql; clock: () => Date; learners: Learners },
) {
  const learning = createLearningOnline(db, sql, clock, learners);
  const e = learningOnlineEndpoints;
  actorRoute(app, e.report, unitAdmins('none'), (actor, { query }) => learning.report(actor, query));
  actorRoute(app, e.students, unitAdmins('unit'), (actor, { params, query }) =>
    learning.students(actor, params.schoolId, query),
  );
}
