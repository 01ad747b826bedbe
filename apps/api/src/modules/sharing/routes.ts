import { shareDecisionEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { route, staff } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createMyDecisions } from './my-decisions.js';

/** Sharing decisions as their authors read them. */
export async function shareDecisionRoutes(app: FastifyInstance, deps: { db: Db }) {
  const myDecisions = createMyDecisions(deps.db);
  route(
    app,
    shareDecisionEndpoints.mine,
    async (request) => myDecisions(actorOf(request), request.query.limit),
    {
      access: staff('none'),
    },
  );
}
