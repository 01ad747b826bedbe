import { kpiEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { rolesWith, route, staff } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createKpiService } from './service.js';

export async function kpiRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const kpi = createKpiService(db);
  route(app, kpiEndpoints.listTargets, async (request) => kpi.listTargets(actorOf(request)), {
    access: staff('none'),
  });
  route(app, kpiEndpoints.createTarget, async (request) => kpi.createTarget(actorOf(request), request.body), {
    access: rolesWith('none', 'province_officer', 'system_admin'),
  });
  route(
    app,
    kpiEndpoints.updateTarget,
    async (request) => kpi.updateTarget(actorOf(request), request.params.targetId, request.body),
    { access: rolesWith('unit', 'province_officer', 'system_admin') },
  );
  route(
    app,
    kpiEndpoints.targetHistory,
    async (request) => kpi.history(actorOf(request), request.params.targetId),
    { access: staff('unit') },
  );
}
