import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '@hoclieu/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../http/errors.js';
import type { AuthenticatedUser } from '../modules/auth/session-user.js';
import { SESSION_COOKIE, type SessionStore } from '../modules/auth/sessions.js';

export interface RequestAuth extends AuthenticatedUser {
  token: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A state-changing request from another site: its Origin names a host other than ours. Ours is the
 * forwarded host behind a proxy (trustProxy), and a default port is dropped on both sides, as
 * browsers leave it out of Origin.
 */
function crossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    const from = new URL(origin);
    return from.host !== new URL(`${from.protocol}//${request.host}`).host;
  } catch {
    return true;
  }
}

/** A role the route's declared `access` leaves out (see RouteAccess): refused whatever the request says. */
function roleRefused(request: FastifyRequest): boolean {
  const access = request.routeOptions.config.access;
  return !!request.auth && typeof access === 'object' && access[request.auth.actor.role] === undefined;
}

/**
 * What a session sees is never kept by the browser or a proxy (a shared school computer's cache):
 * `no-store` on every API answer to a session, to a session route, or that sets a cookie. File bytes
 * whose route chose a `private` policy (content-addressed images, material files) keep it.
 */
function mustNotStore(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!request.url.startsWith('/api/') || reply.hasHeader('cache-control')) return false;
  return !!request.auth || request.routeOptions.config?.auth === 'session' || reply.hasHeader('set-cookie');
}

/** The session of a route declared `auth: 'session'` (the preValidation hook guarantees one). */
export function authOf(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}

export function actorOf(request: FastifyRequest): Actor {
  return authOf(request).actor;
}

/**
 * Resolves the session cookie to a user on every API request, then enforces, per route and before
 * the request is validated (a refused caller learns nothing from validation errors): a session where
 * the contract says so, the CSRF token on state-changing requests, a pending forced password change,
 * and the roles the route's `access` declares.
 */
export const authContext = fp(async (app: FastifyInstance, { sessions }: { sessions: SessionStore }) => {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await sessions.find(token);
    if (session) request.auth = { ...session.auth, token, csrfToken: session.csrfToken };
  });

  app.addHook('onSend', async (request, reply) => {
    if (mustNotStore(request, reply)) reply.header('cache-control', 'no-store');
  });

  app.addHook('preValidation', async (request) => {
    const config = request.routeOptions.config;
    if (!SAFE_METHODS.has(request.method) && crossOrigin(request)) throw new AppError('CSRF_INVALID');
    if (config.auth !== 'session') return;
    if (!request.auth) throw new AppError('UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, request.auth.csrfToken))
        throw new AppError('CSRF_INVALID');
    }
    if (request.auth.user.mustChangePassword && !config.allowDuringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (roleRefused(request)) throw new AppError('FORBIDDEN');
  });
});
