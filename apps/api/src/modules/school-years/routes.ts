import { schoolYearEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { FastifyInstance } from 'fastify';
import { rolesWith, route, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
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

  route(
    app,
    schoolYearEndpoints.createSchoolYear,
    async (request) => calendar.create(actorOf(request), request.body),
    { access: rolesWith('none', 'province_officer', 'system_admin') },
  );
  route(
    app,
    schoolYearEndpoints.setCurrentSchoolYear,
    async (request) => calendar.setCurrent(actorOf(request), request.params.yearId),
    { access: sector },
  );
  route(
    app,
    schoolYearEndpoints.closeSchoolYear,
    async (request) => calendar.close(actorOf(request), request.params.yearId),
    { access: sector },
  );
  route(
    app,
    schoolYearEndpoints.rollover,
    async (request) => rollover(actorOf(request), request.params.yearId, request.body),
    { access: unitAdmins('unit') },
  );
  route(
    app,
    schoolYearEndpoints.recordLesson,
    async (request) => lessons.record(actorOf(request), request.params.classId, request.body),
    { access: rolesWith('unit', 'school_admin') },
  );
  route(
    app,
    schoolYearEndpoints.correctLesson,
    async (request) => lessons.correct(actorOf(request), request.params.lessonId, request.body),
    { access: rolesWith('unit', 'school_admin') },
  );
}
