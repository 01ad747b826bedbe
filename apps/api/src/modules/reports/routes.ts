import { reportEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { FastifyInstance } from 'fastify';
import type { CacheBus } from '../../cache/cache-bus.js';
import { actorRoute } from '../../http/actor-route.js';
import { sendAttachment, XLSX_TYPE } from '../../http/attachment.js';
import { rolesWith, unitAdmins } from '../../http/route.js';
import { createDrillDown } from './drill-down.js';
import type { Learners } from './learning-online.js';
import { createLiveClasses } from './live-classes.js';
import { createOnlineShareReport } from './online-share.js';
import { createPlanKpis } from './plan-kpis.js';
import type { ReportLane } from './report-lane.js';
import { onlineShareWorkbook } from './workbook.js';

export async function reportRoutes(
  app: FastifyInstance,
  {
    db,
    sql,
    clock,
    cacheBus,
    lane,
    learners,
  }: { db: Db; sql: Sql; clock: () => Date; cacheBus: CacheBus; lane: ReportLane; learners: Learners },
) {
  const report = createOnlineShareReport(db, sql, clock, cacheBus, lane);
  const drill = createDrillDown(db, sql, clock);
  const live = createLiveClasses(db, clock);
  const planKpis = createPlanKpis(db, sql, clock, { lane, learners });
  const e = reportEndpoints;

  actorRoute(app, e.onlineShare, unitAdmins('none'), async (actor, { query }, reply) =>
    reply.type('application/json; charset=utf-8').send((await report(actor, query)).json),
  );
  actorRoute(app, e.planKpis, unitAdmins('none'), (actor, { query }) => planKpis(actor, query));
  actorRoute(app, e.onlineShareXlsx, unitAdmins('none'), async (actor, { query }, reply) => {
    const { data } = await report(actor, query);
    const fileName = `ty-le-day-hoc-truc-tuyen-${data.schoolYear}.xlsx`;
    return sendAttachment(reply, { fileName, contentType: XLSX_TYPE }, await onlineShareWorkbook(data));
  });
  actorRoute(app, e.school, unitAdmins('unit'), (actor, { params, query }) =>
    drill.school(actor, params.schoolId, query),
  );
  actorRoute(app, e.class, unitAdmins('unit'), (actor, { params, query }) =>
    drill.class(actor, params.classId, query),
  );
  actorRoute(app, e.addLiveClass, rolesWith('self', 'teacher', 'school_admin'), (actor, { body }) =>
    live.declare(actor, body),
  );
  actorRoute(app, e.pendingRecords, { school_admin: 'none' }, (actor) => live.pending(actor));
  actorRoute(app, e.confirmRecord, { school_admin: 'unit' }, (actor, { params, body }) =>
    live.decide(actor, params.lessonId, body.confirm),
  );
}
