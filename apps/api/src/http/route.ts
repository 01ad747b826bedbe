import type { Endpoint, Role } from '@hoclieu/contracts';
import { errorBodySchema, roles } from '@hoclieu/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';

type Input<S> = [NonNullable<S>] extends [z.ZodType] ? z.output<NonNullable<S>> : undefined;

export interface RouteRequest<E extends Endpoint> extends FastifyRequest {
  params: Input<E['params']>;
  query: Input<E['query']>;
  body: Input<E['body']>;
}

/**
 * How far a role's call reaches, for the resource the route acts on:
 * - `none`: no target (a list filtered by the viewer's own scope, or a write into the actor's own unit);
 * - `unit`: the target must lie within the actor's org unit, as `within()` (a school for school roles,
 *   the district for a district officer, the province for a province officer, everything for a system admin);
 * - `self`: only the actor's own: their attempt or session, an exam they wrote, a class they teach.
 */
export type TargetScope = 'none' | 'unit' | 'self';

/**
 * Who may call a route, declared next to it: `public` (anyone, signed in or not), or the roles that may
 * call it with how far each reaches; a role left out is refused. The security suite's authorization
 * matrix reads this from the route table and expects every role x own / other school / other district
 * outcome to follow from it (apps/api/security/authorization-matrix.test.ts).
 */
export type RoleAccess = Readonly<Partial<Record<Role, TargetScope>>>;
export type RouteAccess = 'public' | RoleAccess;

/** The listed roles, each with the same reach. */
export function rolesWith(scope: TargetScope, ...list: Role[]): RoleAccess {
  return Object.fromEntries(list.map((role) => [role, scope]));
}

/** Every signed-in role: reference data, the caller's own session, lists filtered by scope. */
export const signedIn = (scope: TargetScope) => rolesWith(scope, ...roles);

/** Everyone but students. */
export const staff = (scope: TargetScope) =>
  rolesWith(scope, 'teacher', 'school_admin', 'district_officer', 'province_officer', 'system_admin');

/** The administrators of an org unit: school admin, district and province officers, system admin. */
export const unitAdmins = (scope: TargetScope) =>
  rolesWith(scope, 'school_admin', 'district_officer', 'province_officer', 'system_admin');

/** What its author manages (materials, questions, exams): the author, and the system admin anywhere. */
export const authorOrSystemAdmin: RoleAccess = { ...staff('self'), system_admin: 'unit' };

export interface RouteOptions {
  /** Who may call the route and on what: required, so a new route cannot skip the authorization matrix. */
  access: RouteAccess;
  /** Routes a user may call while a password change is pending (me, logout, change-password). */
  allowDuringPasswordChange?: boolean;
  /** Per-route rate limit (see @fastify/rate-limit). */
  rateLimit?: {
    max: number;
    timeWindow: string | number;
    keyGenerator?: (request: FastifyRequest) => string;
  };
  /** Request body limit in bytes when above the app's default (file uploads). */
  bodyLimit?: number;
  /** Responses besides 200 and the error body, e.g. the health report's 503. */
  responses?: Record<number, z.ZodType>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: 'public' | 'session';
    allowDuringPasswordChange?: boolean;
    /** The route's declared access (see RouteAccess). */
    access?: RouteAccess;
  }
}

/**
 * Registers a route from its contract: params, query and body are validated and the response is
 * serialised through the endpoint's zod schemas, so no field outside the contract can leak.
 */
export function route<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  handler: (request: RouteRequest<E>, reply: FastifyReply) => Promise<z.input<E['response']> | undefined>,
  options: RouteOptions,
): void {
  // A public contract is a public route and the reverse: the two declarations cannot disagree.
  if ((endpoint.auth === 'public') !== (options.access === 'public'))
    throw new Error(`${endpoint.method} ${endpoint.path}: access does not match the contract's auth`);
  const schema: Record<string, unknown> = {
    summary: endpoint.summary,
    tags: endpoint.tags,
    response: endpoint.download
      ? undefined
      : { 200: endpoint.response, '4xx': errorBodySchema, '5xx': errorBodySchema, ...options.responses },
  };
  if (endpoint.params) schema.params = endpoint.params;
  if (endpoint.query) schema.querystring = endpoint.query;
  if (endpoint.body) schema.body = endpoint.body;
  if (endpoint.upload) schema.consumes = ['multipart/form-data'];
  if (endpoint.rawBody) schema.consumes = ['application/octet-stream'];
  if (endpoint.auth === 'session') schema.security = [{ session: [] }];
  app.withTypeProvider<ZodTypeProvider>().route({
    method: endpoint.method,
    url: endpoint.path,
    schema,
    config: {
      auth: endpoint.auth,
      allowDuringPasswordChange: options.allowDuringPasswordChange ?? false,
      access: options.access,
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    },
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    handler: handler as never,
  });
}
