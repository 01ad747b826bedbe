import { auditEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { route, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createAuditService } from './service.js';

export async function auditRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const audit = createAuditService(db);
  route(app, auditEndpoints.list, async (request) => audit.list(actorOf(request), request.query), {
    access: unitAdmins('none'),
  });
}
