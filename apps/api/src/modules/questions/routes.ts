import { questionEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { wordTemplate } from '@hoclieu/question-formats';
import type { SearchIndex } from '@hoclieu/search';
import { BlobNotFoundError, type BlobStore } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { DOCX_TYPE, sendAttachment } from '../../http/attachment.js';
import { AppError } from '../../http/errors.js';
import { uploadedFileName } from '../../http/file-name.js';
import { authorOrSystemAdmin, route, signedIn, staff } from '../../http/route.js';
import { readUploadedFile } from '../../http/uploaded-file.js';
import { shareRoutes } from '../sharing/share-routes.js';
import { bankViewer } from './access.js';
import { createQuestionExport } from './export.js';
import { createQuestionImageUpload, QUESTION_IMAGE_MAX_BYTES } from './image-upload.js';
import { imageKey } from './images.js';
import { createQuestionImport, type ParseQuestionFile } from './import.js';
import { createQuestionSearch } from './search.js';
import { createQuestionService } from './service.js';
import { createQuestionSharing } from './sharing.js';

export interface QuestionDeps {
  db: Db;
  storage: BlobStore;
  questionsIndex: SearchIndex;
  /** Kicks the search outbox after a write. */
  onChange: () => void;
  /** Reads an uploaded question file (on the parser threads). */
  parse: ParseQuestionFile;
}

export async function questionRoutes(app: FastifyInstance, deps: QuestionDeps) {
  const { db, storage, onChange } = deps;
  const questions = createQuestionService(db, onChange);
  const sharing = createQuestionSharing(db, onChange);
  const imports = createQuestionImport(db, storage, questions, onChange, deps.parse);
  const exportFile = createQuestionExport(db, storage);
  const search = createQuestionSearch(db, deps.questionsIndex, app.log);
  const uploadImage = createQuestionImageUpload(db, storage);

  actorRoute(app, questionEndpoints.search, staff('none'), (actor, { query }) => search(actor, query));
  actorRoute(app, questionEndpoints.create, staff('none'), (actor, { body }) =>
    questions.create(actor, body),
  );
  actorRoute(app, questionEndpoints.check, staff('none'), (actor, { body }) =>
    questions.check(actor, body.content, body.excludeId),
  );
  actorRoute(app, questionEndpoints.get, staff('unit'), (actor, { params }) =>
    questions.get(actor, params.questionId),
  );
  actorRoute(app, questionEndpoints.update, authorOrSystemAdmin, (actor, { params, body }) =>
    questions.update(actor, params.questionId, body),
  );
  actorRoute(app, questionEndpoints.remove, authorOrSystemAdmin, (actor, { params }) =>
    questions.remove(actor, params.questionId),
  );
  actorRoute(app, questionEndpoints.version, staff('unit'), (actor, { params }) =>
    questions.version(actor, params.questionId, params.number),
  );
  actorRoute(app, questionEndpoints.bulkTag, authorOrSystemAdmin, (actor, { body }) =>
    questions.bulkTag(actor, body),
  );
  shareRoutes(app, questionEndpoints, (params) => params.questionId, {
    requestShare: sharing.requestShare,
    decide: sharing.decide,
    detail: questions.detail,
  });
  actorRoute(app, questionEndpoints.reviewQueue, staff('none'), (actor) => sharing.reviewQueue(actor));

  actorRoute(app, questionEndpoints.importPreview, staff('none'), async (actor, request) => {
    // Refused before the upload is read: students never import.
    bankViewer(actor);
    // Question files are at most config.importMaxBytes (10 MB by default): buffering one is fine.
    const { filename, content } = await readUploadedFile(request);
    return imports.preview(actor, uploadedFileName(filename, 'cau-hoi').normalize('NFC'), content);
  });
  actorRoute(app, questionEndpoints.importCommit, staff('none'), (actor, { body }) =>
    imports.commit(actor, body),
  );

  actorRoute(app, questionEndpoints.export, staff('unit'), async (actor, { body }, reply) => {
    const file = await exportFile(actor, body.format, body.ids);
    return sendAttachment(reply, file, file.bytes);
  });
  route(
    app,
    questionEndpoints.wordTemplate,
    async (_request, reply) =>
      sendAttachment(
        reply,
        { fileName: 'mau-cau-hoi-hoclieu.docx', contentType: DOCX_TYPE },
        await wordTemplate(),
      ),
    { access: 'public' },
  );
  actorRoute(app, questionEndpoints.uploadImage, staff('none'), async (actor, request) => {
    // Refused before the upload is read: students never write questions.
    bankViewer(actor);
    const { content } = await readUploadedFile(request, { fileSize: QUESTION_IMAGE_MAX_BYTES });
    return uploadImage(actor, content);
  });
  route(
    app,
    questionEndpoints.image,
    // Students too: the images of the paper they are taking. The address is the SHA-256 of the bytes,
    // a capability nobody can guess, and a student only learns the addresses of what was sent to them
    // (solutions, and their images, are withheld until release).
    async (request, reply) => {
      try {
        const blob = await storage.get(imageKey(request.params.sha256));
        // Content-addressed: the bytes behind a name never change.
        reply.header('cache-control', 'private, max-age=31536000, immutable');
        reply.header('content-length', blob.size);
        return reply.type(blob.contentType).send(blob.body);
      } catch (error) {
        if (error instanceof BlobNotFoundError) throw new AppError('FILE_NOT_FOUND');
        throw error;
      }
    },
    { access: signedIn('none') },
  );
}
