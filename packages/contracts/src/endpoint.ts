import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP endpoint, declared once: the API registers a route from it (validating the request and
 * serialising the response through these schemas), the web client calls it and parses with them.
 */
export interface Endpoint<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Fastify-style path: `/api/schools/:schoolId`. */
  path: string;
  summary: string;
  tags: string[];
  /** `public`: no session needed. `session`: any signed-in user (the route authorises further). */
  auth: 'public' | 'session';
  params?: Params;
  query?: Query;
  body?: Body;
  /** Multipart upload: the body is a file, not JSON. */
  upload?: true;
  /** The body is the file's raw bytes (application/octet-stream), streamed, never parsed. */
  rawBody?: true;
  /** Non-JSON download (file): the response schema is not used. */
  download?: true;
  response: Response;
}

export function endpoint<
  Params extends z.ZodType = z.ZodNever,
  Query extends z.ZodType = z.ZodNever,
  Body extends z.ZodType = z.ZodNever,
  Response extends z.ZodType = z.ZodType,
>(definition: Endpoint<Params, Query, Body, Response>) {
  return definition;
}

export type ParamsOf<E> = E extends Endpoint<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.input<P> : never;
export type QueryOf<E> = E extends Endpoint<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never;
export type BodyOf<E> = E extends Endpoint<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never;
export type ResponseOf<E> =
  E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never;

export { buildPath } from './paths/build-path.js';
