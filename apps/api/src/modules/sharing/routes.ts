import { shareDecisionEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { staff } from '../../http/route.js';
import { createMyDecisions } from './my-decisions.js';

/** Sharing decisions as their authors read them. */
export async function shareDecisionRoutes(app: FastifyInstance, deps: { db: Db }) {
  const myDecisions = createMyDecisions(deps.db);
  actorRoute(app, shareDecisionEndpoints.mine, staff('none'), (actor, { query }) =>
    myDecisions(actor, query.limit),
  );
}
