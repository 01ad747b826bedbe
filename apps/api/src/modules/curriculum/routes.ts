import { curriculumEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { route } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createCurriculumService } from './service.js';

export async function curriculumRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const curriculum = createCurriculumService(db);
  // Reference data: readable by every signed-in user (the route's `auth: 'session'` guarantees one).
  route(app, curriculumEndpoints.listPeriods, async (request) => curriculum.listPeriods(request.query));
  route(app, curriculumEndpoints.listTopics, async (request) =>
    curriculum.listTopics(request.query.subjectCode, request.query.grade),
  );
  route(app, curriculumEndpoints.createTopic, async (request) =>
    curriculum.createTopic(actorOf(request), request.body),
  );
  route(app, curriculumEndpoints.updateTopic, async (request) =>
    curriculum.updateTopic(actorOf(request), request.params.topicId, request.body),
  );
  route(app, curriculumEndpoints.deleteTopic, async (request) =>
    curriculum.deleteTopic(actorOf(request), request.params.topicId),
  );
}
