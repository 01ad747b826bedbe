import { kpiEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { rolesWith, staff } from '../../http/route.js';
import { createKpiService } from './service.js';

export async function kpiRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const kpi = createKpiService(db);
  actorRoute(app, kpiEndpoints.listTargets, staff('none'), (actor) => kpi.listTargets(actor));
  actorRoute(
    app,
    kpiEndpoints.createTarget,
    rolesWith('none', 'province_officer', 'system_admin'),
    (actor, { body }) => kpi.createTarget(actor, body),
  );
  actorRoute(
    app,
    kpiEndpoints.updateTarget,
    rolesWith('unit', 'province_officer', 'system_admin'),
    (actor, { params, body }) => kpi.updateTarget(actor, params.targetId, body),
  );
  actorRoute(app, kpiEndpoints.targetHistory, staff('unit'), (actor, { params }) =>
    kpi.history(actor, params.targetId),
  );
}
