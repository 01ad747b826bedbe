import { setupEndpoints } from '@hoclieu/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../http/route.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import type { SetupService } from './service.js';

interface Options {
  setup: SetupService;
  cookieSecure: boolean;
}

/** The one-time setup page's API: public, since nobody can sign in before it is used. */
export async function setupRoutes(app: FastifyInstance, { setup, cookieSecure }: Options) {
  route(app, setupEndpoints.status, () => setup.status(), { access: 'public' });

  route(
    app,
    setupEndpoints.createFirstAdmin,
    async (request, reply) => {
      const { token, session } = await setup.createFirstAdmin(request.body, request.headers['user-agent']);
      setSessionCookie(reply, token, cookieSecure);
      return session;
    },
    // Guessing a 192-bit token is hopeless anyway; the limit keeps the log and database quiet.
    { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
}
