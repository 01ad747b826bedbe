import { authEndpoints } from '@hoclieu/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { route, signedIn } from '../../http/route.js';
import { authOf } from '../../plugins/auth-context.js';
import { DEVICE_COOKIE } from './known-devices.js';
import { type AuthService, LoginThrottledError } from './service.js';
import { setDeviceCookie, setSessionCookie } from './session-cookie.js';
import { SESSION_COOKIE } from './sessions.js';

interface Options {
  auth: AuthService;
  cookieSecure: boolean;
  loginRateLimitPerMinute: number;
}

export async function authRoutes(
  app: FastifyInstance,
  { auth, cookieSecure, loginRateLimitPerMinute }: Options,
) {
  const setCookie = (reply: FastifyReply, token: string) => setSessionCookie(reply, token, cookieSecure);

  route(
    app,
    authEndpoints.login,
    async (request, reply) => {
      try {
        const result = await auth.login(request.body.username, request.body.password, {
          address: request.ip,
          userAgent: request.headers['user-agent'],
          deviceCookie: request.cookies[DEVICE_COOKIE],
        });
        setCookie(reply, result.token);
        setDeviceCookie(reply, result.deviceCookie, cookieSecure);
        return result.session;
      } catch (error) {
        if (error instanceof LoginThrottledError)
          reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
    {
      access: 'public',
      rateLimit: {
        max: loginRateLimitPerMinute,
        timeWindow: '1 minute',
        // Per address and account: one classroom behind one NAT address can still sign in together.
        keyGenerator: (request) =>
          `${request.ip}|${String((request.body as { username?: unknown })?.username ?? '').toLowerCase()}`,
      },
    },
  );

  route(
    app,
    authEndpoints.logout,
    async (request, reply) => {
      if (request.auth) await auth.logout(request.auth.token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
    { access: signedIn('self'), allowDuringPasswordChange: true },
  );

  route(
    app,
    authEndpoints.me,
    async (request) => auth.me(authOf(request).actor.userId, authOf(request).csrfToken),
    { access: signedIn('self'), allowDuringPasswordChange: true },
  );

  route(
    app,
    authEndpoints.changePassword,
    async (request) => {
      const { token, csrfToken, actor } = authOf(request);
      return auth.changePassword(
        actor.userId,
        token,
        csrfToken,
        request.body.currentPassword,
        request.body.newPassword,
      );
    },
    { access: signedIn('self'), allowDuringPasswordChange: true },
  );
}
