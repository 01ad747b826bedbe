import type { RouteOptions } from 'fastify';
import type { RouteAccess } from '../../src/http/route.js';
import { WEB_FILES } from '../web-build.js';

export interface TableRoute {
  key: string;
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** Why the route carries no declaration of its own, when a plugin registered it. */
  exempt?: string;
}

/**
 * Routes that plugins register, which cannot carry a declaration; each is public by design and is
 * probed as a public route. Anything else without a declaration fails the suite.
 */
const EXEMPT: { test: (url: string) => boolean; reason: string }[] = [
  {
    test: (url) => url === '/api/docs' || url.startsWith('/api/docs/'),
    reason: '@fastify/swagger-ui: the OpenAPI document and its viewer, generated from the public contracts',
  },
  {
    test: (url) => WEB_FILES.some((file) => url === `/${file}`),
    reason: "@fastify/static: a file of the public web build (the API's routes authorise themselves)",
  },
];

/** The route table from the onRoute hook: one entry per method and URL (HEAD twins of GETs dropped). */
export function routeTable(registered: readonly RouteOptions[]): TableRoute[] {
  const table = new Map<string, TableRoute>();
  for (const r of registered) {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) {
      const key = `${method} ${r.url}`;
      const access = (r.config as { access?: RouteAccess } | undefined)?.access;
      const exempt = access ? undefined : EXEMPT.find((e) => e.test(r.url))?.reason;
      table.set(key, {
        key,
        method,
        url: r.url,
        access: access ?? (exempt ? 'public' : undefined),
        ...(exempt ? { exempt } : {}),
      });
    }
  }
  // Fastify adds a HEAD route for every GET, with the same handler and config.
  for (const route of [...table.values()])
    if (route.method === 'HEAD' && table.has(`GET ${route.url}`)) table.delete(route.key);
  return [...table.values()].sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

/** A request URL for a public plugin route: parameters and wildcards filled with plain values. */
export const exampleUrl = (url: string) => url.replace(/:[A-Za-z]+/g, 'x').replace(/\*$/, '');
