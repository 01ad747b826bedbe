import { schoolYearEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { rolesWith, unitAdmins } from '../../http/route.js';
import { createSchoolYearCalendar } from './calendar.js';
import { createPastLessons } from './past-lessons.js';
import { createRollover } from './rollover.js';

const sector = rolesWith('unit', 'province_officer', 'system_admin');

export async function schoolYearRoutes(
  app: FastifyInstance,
  { db, sql, clock }: { db: Db; sql: Sql; clock: () => Date },
) {
  const calendar = createSchoolYearCalendar(db, clock);
  const rollover = createRollover(db, sql);
  const lessons = createPastLessons(db, clock);

  actorRoute(
    app,
    schoolYearEndpoints.createSchoolYear,
    rolesWith('none', 'province_officer', 'system_admin'),
    (actor, { body }) => calendar.create(actor, body),
  );
  actorRoute(app, schoolYearEndpoints.setCurrentSchoolYear, sector, (actor, { params }) =>
    calendar.setCurrent(actor, params.yearId),
  );
  actorRoute(app, schoolYearEndpoints.closeSchoolYear, sector, (actor, { params }) =>
    calendar.close(actor, params.yearId),
  );
  actorRoute(app, schoolYearEndpoints.rollover, unitAdmins('unit'), (actor, { params, body }) =>
    rollover(actor, params.yearId, body),
  );
  actorRoute(
    app,
    schoolYearEndpoints.recordLesson,
    rolesWith('unit', 'school_admin'),
    (actor, { params, body }) => lessons.record(actor, params.classId, body),
  );
  actorRoute(
    app,
    schoolYearEndpoints.correctLesson,
    rolesWith('unit', 'school_admin'),
    (actor, { params, body }) => lessons.correct(actor, params.lessonId, body),
  );
}
