import { curriculumEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { sendAttachment } from '../../http/attachment.js';
import { rolesWith, route, signedIn } from '../../http/route.js';
import { readUploadedFile } from '../../http/uploaded-file.js';
import { createCurriculumService } from './service.js';

/** The curriculum is sector-wide: the provincial department and the system admin edit it. */
const SECTOR_CURRICULUM = rolesWith('none', 'province_officer', 'system_admin');

export async function curriculumRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: () => Date }) {
  const curriculum = createCurriculumService(db, clock);
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
  route(app, curriculumEndpoints.topicCoverage, async () => curriculum.topicCoverage(), {
    access: signedIn('none'),
  });
  actorRoute(
    app,
    curriculumEndpoints.topicImportTemplate,
    SECTOR_CURRICULUM,
    async (actor, _request, reply) => {
      const file = await curriculum.importTemplate(actor);
      return sendAttachment(reply, file, file.body);
    },
  );
  actorRoute(app, curriculumEndpoints.importTopics, SECTOR_CURRICULUM, async (actor, request) => {
    // Refused before the upload is read: a teacher gets 403, not a parse.
    curriculum.assertMayImport(actor);
    const { content } = await readUploadedFile(request);
    return curriculum.importTopics(actor, content);
  });
  actorRoute(app, curriculumEndpoints.createTopic, SECTOR_CURRICULUM, (actor, { body }) =>
    curriculum.createTopic(actor, body),
  );
  actorRoute(app, curriculumEndpoints.updateTopic, SECTOR_CURRICULUM, (actor, { params, body }) =>
    curriculum.updateTopic(actor, params.topicId, body),
  );
  actorRoute(app, curriculumEndpoints.deleteTopic, SECTOR_CURRICULUM, (actor, { params }) =>
    curriculum.deleteTopic(actor, params.topicId),
  );
}
