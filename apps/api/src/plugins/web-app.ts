import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Pages with their own light entry of the web app instead of the single-page app's index.html. */
const ENTRIES: { prefix: string; html: string }[] = [
  // Làm bài: the student quiz page, built without the main app's libraries (apps/web/quiz.html).
  { prefix: '/lam-bai/', html: 'quiz.html' },
  // Luyện tập: the student's practice, a second view of the same light entry.
  { prefix: '/luyen-tap', html: 'quiz.html' },
];

/**
 * Serves the built web app on the API's port: static assets, the quiz page's own entry for
 * /lam-bai/*, and index.html for any other GET outside /api so the client-side router can take the URL.
 */
export const webApp = fp(async (app: FastifyInstance, { dist }: { dist: string }) => {
  if (!existsSync(join(dist, 'index.html'))) {
    app.log.warn({ dist }, 'web app not built: only the API is served');
    return;
  }
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: false,
    // The web build writes a gzip copy (`.gz`) of every text asset: sent to browsers that accept it.
    preCompressed: true,
    setHeaders: (res, path) => {
      // Vite fingerprints everything under assets/: cache for a year. index.html must revalidate.
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  // Public: the built web app carries no data; the API routes it calls authorise themselves.
  app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api') return reply.callNotFound();
    const file = path.replace(/^\/+/, '');
    if (file && !file.includes('..') && existsSync(join(dist, file))) return reply.sendFile(file);
    // An entry missing from the build (an older web build) falls back to the single-page app.
    const entry = ENTRIES.find(({ prefix, html }) => path.startsWith(prefix) && existsSync(join(dist, html)));
    return reply.header('cache-control', 'no-cache').sendFile(entry?.html ?? 'index.html');
  });
});
