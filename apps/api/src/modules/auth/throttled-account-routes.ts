import { loginThrottleEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { route, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createThrottledAccounts } from './throttled-accounts.js';

/** A unit's administrators see and clear the accounts whose sign-ins are being slowed. */
export async function throttledAccountRoutes(
  app: FastifyInstance,
  { db, clock }: { db: Db; clock: () => Date },
) {
  const throttled = createThrottledAccounts(db, clock);
  route(app, loginThrottleEndpoints.listThrottled, async (request) => throttled.list(actorOf(request)), {
    access: unitAdmins('none'),
  });
  route(
    app,
    loginThrottleEndpoints.clearThrottle,
    async (request) => throttled.clear(actorOf(request), request.params.userId),
    { access: unitAdmins('unit') },
  );
}
