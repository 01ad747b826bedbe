import { auditEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { unitAdmins } from '../../http/route.js';
import { createAuditService } from './service.js';

export async function auditRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const audit = createAuditService(db);
  actorRoute(app, auditEndpoints.list, unitAdmins('none'), (actor, { query }) => audit.list(actor, query));
}
