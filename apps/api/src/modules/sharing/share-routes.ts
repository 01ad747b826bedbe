import type { Endpoint, ShareScope } from '@hoclieu/contracts';
import type { Actor } from '@hoclieu/domain';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { actorRoute } from '../../http/actor-route.js';
import { type RouteRequest, staff, unitAdmins } from '../../http/route.js';
import type { Decision } from './workflow.js';

/** A shareable kind's two sharing endpoints, on the same item path and answering its detail. */
interface ShareEndpoints<Params extends z.ZodType, Detail extends z.ZodType> {
  requestShare: Endpoint<Params, z.ZodType, z.ZodType<{ scope: Exclude<ShareScope, 'private'> }>, Detail>;
  decide: Endpoint<Params, z.ZodType, z.ZodType<Decision>, Detail>;
}

interface ShareActions<Detail extends z.ZodType> {
  requestShare(actor: Actor, id: string, scope: Exclude<ShareScope, 'private'>): Promise<unknown>;
  decide(actor: Actor, id: string, decision: Decision): Promise<unknown>;
  /** The item as it reads after the change. */
  detail(actor: Actor, id: string): Promise<z.input<Detail>>;
}

/**
 * The sharing routes every shareable kind has: its author asks for a wider scope, a unit's admin
 * approves or refuses; both answer with the item's detail.
 */
export function shareRoutes<Params extends z.ZodType, Detail extends z.ZodType>(
  app: FastifyInstance,
  endpoints: ShareEndpoints<Params, Detail>,
  idOf: (params: RouteRequest<Endpoint<Params>>['params']) => string,
  actions: ShareActions<Detail>,
): void {
  actorRoute(app, endpoints.requestShare, staff('self'), async (actor, { params, body }) => {
    await actions.requestShare(actor, idOf(params), body.scope);
    return actions.detail(actor, idOf(params));
  });
  actorRoute(app, endpoints.decide, unitAdmins('unit'), async (actor, { params, body }) => {
    await actions.decide(actor, idOf(params), body);
    return actions.detail(actor, idOf(params));
  });
}
