import { reportEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { attachmentDisposition } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { rolesWith, route, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createDrillDown } from './drill-down.js';
import { createLiveClasses } from './live-classes.js';
import { createOnlineShareReport } from './online-share.js';
import { createPlanKpis } from './plan-kpis.js';
import { onlineShareWorkbook } from './workbook.js';

export async function reportRoutes(
  app: FastifyInstance,
  { db, sql, clock }: { db: Db; sql: Sql; clock: () => Date },
) {
  const report = createOnlineShareReport(db, sql, clock);
  const drill = createDrillDown(db, sql, clock);
  const live = createLiveClasses(db, clock);
  const planKpis = createPlanKpis(db, clock);
  const e = reportEndpoints;

  route(
    app,
    e.onlineShare,
    async (request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send((await report(actorOf(request), request.query)).json),
    { access: unitAdmins('none') },
  );
  route(app, e.planKpis, async (request) => planKpis(actorOf(request), request.query), {
    access: unitAdmins('none'),
  });
  route(
    app,
    e.onlineShareXlsx,
    async (request, reply) => {
      const { data } = await report(actorOf(request), request.query);
      return reply
        .header(
          'content-disposition',
          attachmentDisposition(`ty-le-day-hoc-truc-tuyen-${data.schoolYear}.xlsx`),
        )
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await onlineShareWorkbook(data));
    },
    { access: unitAdmins('none') },
  );
  route(
    app,
    e.school,
    async (request) => drill.school(actorOf(request), request.params.schoolId, request.query),
    { access: unitAdmins('unit') },
  );
  route(
    app,
    e.class,
    async (request) => drill.class(actorOf(request), request.params.classId, request.query),
    { access: unitAdmins('unit') },
  );
  route(app, e.addLiveClass, async (request) => live.declare(actorOf(request), request.body), {
    access: rolesWith('self', 'teacher', 'school_admin'),
  });
  route(app, e.pendingRecords, async (request) => live.pending(actorOf(request)), {
    access: { school_admin: 'none' },
  });
  route(
    app,
    e.confirmRecord,
    async (request) => live.decide(actorOf(request), request.params.lessonId, request.body.confirm),
    { access: { school_admin: 'unit' } },
  );
}
