import type { Endpoint } from '@hoclieu/contracts';
import { errorBodySchema } from '@hoclieu/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';

type Input<S> = [NonNullable<S>] extends [z.ZodType] ? z.output<NonNullable<S>> : undefined;

export interface RouteRequest<E extends Endpoint> extends FastifyRequest {
  params: Input<E['params']>;
  query: Input<E['query']>;
  body: Input<E['body']>;
}

export interface RouteOptions {
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
  options: RouteOptions = {},
): void {
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
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    },
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    handler: handler as never,
  });
}
