import type { FastifyInstance } from 'fastify';

// Exams (đề kiểm tra) were served under /api/tests before the rename to Exam (issue 17). The old
// paths stay as an alias for one release, so integrations keep working while they move; responses to
// them say so (RFC 9745 `Deprecation`, RFC 8288 `Link` to the successor).
const LEGACY_PREFIX = /^\/api\/tests(?=[/?]|$)/;

/** Fastify's `rewriteUrl`: the one place the old prefix is mapped onto the new routes. */
export function rewriteLegacyExamUrl(url: string): string {
  return url.replace(LEGACY_PREFIX, '/api/exams');
}

/** Marks answers to the old paths as deprecated. */
export function markLegacyExamPaths(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (request.originalUrl !== request.url && LEGACY_PREFIX.test(request.originalUrl)) {
      reply.header('deprecation', 'true');
      reply.header('link', `<${rewriteLegacyExamUrl(request.originalUrl)}>; rel="successor-version"`);
    }
  });
}
