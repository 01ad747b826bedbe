import { curriculumEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { attachmentDisposition } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/errors.js';
import { rolesWith, route, signedIn } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
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
  route(
    app,
    curriculumEndpoints.topicImportTemplate,
    async (request, reply) => {
      const file = await curriculum.importTemplate(actorOf(request));
      return reply
        .header('content-disposition', attachmentDisposition(file.fileName))
        .type(file.contentType)
        .send(file.body);
    },
    { access: SECTOR_CURRICULUM },
  );
  route(
    app,
    curriculumEndpoints.importTopics,
    async (request) => {
      const actor = actorOf(request);
      // Refused before the upload is read: a teacher gets 403, not a parse.
      curriculum.assertMayImport(actor);
      const upload = await request.file();
      if (!upload) throw new AppError('IMPORT_FILE_MISSING');
      const content = await upload.toBuffer();
      if (upload.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      return curriculum.importTopics(actor, content);
    },
    { access: SECTOR_CURRICULUM },
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
