import { loginThrottleEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { unitAdmins } from '../../http/route.js';
import { createThrottledAccounts } from './throttled-accounts.js';

/** A unit's administrators see and clear the accounts whose sign-ins are being slowed. */
export async function throttledAccountRoutes(
  app: FastifyInstance,
  { db, clock }: { db: Db; clock: () => Date },
) {
  const throttled = createThrottledAccounts(db, clock);
  actorRoute(app, loginThrottleEndpoints.listThrottled, unitAdmins('none'), (actor) => throttled.list(actor));
  actorRoute(app, loginThrottleEndpoints.clearThrottle, unitAdmins('unit'), (actor, { params }) =>
    throttled.clear(actor, params.userId),
  );
}
