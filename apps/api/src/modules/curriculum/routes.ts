import { curriculumEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { rolesWith, route, signedIn } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createCurriculumService } from './service.js';

/** The curriculum is sector-wide: the provincial department and the system admin edit it. */
const SECTOR_CURRICULUM = rolesWith('none', 'province_officer', 'system_admin');

export async function curriculumRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const curriculum = createCurriculumService(db);
  // Reference data: readable by every signed-in user (the route's `auth: 'session'` guarantees one).
  route(app, curriculumEndpoints.listPeriods, async (request) => curriculum.listPeriods(request.query), {
    access: signedIn('none'),
  });
  route(
    app,
    curriculumEndpoints.listTopics,
    async (request) => curriculum.listTopics(request.query.subjectCode, request.query.grade),
    { access: signedIn('none') },
  );
  route(
    app,
    curriculumEndpoints.createTopic,
    async (request) => curriculum.createTopic(actorOf(request), request.body),
    { access: SECTOR_CURRICULUM },
  );
  route(
    app,
    curriculumEndpoints.updateTopic,
    async (request) => curriculum.updateTopic(actorOf(request), request.params.topicId, request.body),
    { access: SECTOR_CURRICULUM },
  );
  route(
    app,
    curriculumEndpoints.deleteTopic,
    async (request) => curriculum.deleteTopic(actorOf(request), request.params.topicId),
    { access: SECTOR_CURRICULUM },
  );
}
