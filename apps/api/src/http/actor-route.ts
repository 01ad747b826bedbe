import type { Endpoint } from '@hoclieu/contracts';
import type { Actor } from '@hoclieu/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { actorOf } from '../plugins/auth-context.js';
import { type RoleAccess, type RouteOptions, type RouteRequest, route } from './route.js';

/**
 * Registers a signed-in route whose handler acts for the caller, the common case: the access comes
 * first, as the reader's first question, and the handler receives the actor already resolved, so a
 * route reads `actorRoute(app, endpoint, access, (actor, { params }) => service.verb(actor, params.id))`.
 */
export function actorRoute<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  access: RoleAccess,
  act: (
    actor: Actor,
    request: RouteRequest<E>,
    reply: FastifyReply,
  ) => z.input<E['response']> | undefined | Promise<z.input<E['response']> | undefined>,
  options: Omit<RouteOptions, 'access'> = {},
): void {
  route(app, endpoint, async (request, reply) => act(actorOf(request), request, reply), {
    ...options,
    access,
  });
}
