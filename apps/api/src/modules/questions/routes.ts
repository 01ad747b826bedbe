import { questionEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { wordTemplate } from '@hoclieu/question-formats';
import type { SearchIndex } from '@hoclieu/search';
import { attachmentDisposition, BlobNotFoundError, type BlobStore } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/errors.js';
import { uploadedFileName } from '../../http/file-name.js';
import { authorOrSystemAdmin, route, signedIn, staff, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
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

  route(app, questionEndpoints.search, async (request) => search(actorOf(request), request.query), {
    access: staff('none'),
  });
  route(app, questionEndpoints.create, async (request) => questions.create(actorOf(request), request.body), {
    access: staff('none'),
  });
  route(
    app,
    questionEndpoints.check,
    async (request) => questions.check(actorOf(request), request.body.content, request.body.excludeId),
    { access: staff('none') },
  );
  route(
    app,
    questionEndpoints.get,
    async (request) => questions.get(actorOf(request), request.params.questionId),
    { access: staff('unit') },
  );
  route(
    app,
    questionEndpoints.update,
    async (request) => questions.update(actorOf(request), request.params.questionId, request.body),
    { access: authorOrSystemAdmin },
  );
  route(
    app,
    questionEndpoints.remove,
    async (request) => questions.remove(actorOf(request), request.params.questionId),
    { access: authorOrSystemAdmin },
  );
  route(
    app,
    questionEndpoints.version,
    async (request) => questions.version(actorOf(request), request.params.questionId, request.params.number),
    { access: staff('unit') },
  );
  route(
    app,
    questionEndpoints.bulkTag,
    async (request) => questions.bulkTag(actorOf(request), request.body),
    { access: authorOrSystemAdmin },
  );
  route(
    app,
    questionEndpoints.requestShare,
    async (request) => {
      const actor = actorOf(request);
      await sharing.requestShare(actor, request.params.questionId, request.body.scope);
      return questions.detail(actor, request.params.questionId);
    },
    { access: staff('self') },
  );
  route(
    app,
    questionEndpoints.decide,
    async (request) => {
      const actor = actorOf(request);
      await sharing.decide(actor, request.params.questionId, request.body);
      return questions.detail(actor, request.params.questionId);
    },
    { access: unitAdmins('unit') },
  );
  route(app, questionEndpoints.reviewQueue, async (request) => sharing.reviewQueue(actorOf(request)), {
    access: staff('none'),
  });

  route(
    app,
    questionEndpoints.importPreview,
    async (request) => {
      const actor = actorOf(request);
      // Refused before the upload is read: students never import.
      bankViewer(actor);
      const upload = await request.file();
      if (!upload) throw new AppError('IMPORT_FILE_MISSING');
      // Question files are at most config.importMaxBytes (10 MB by default): buffering one is fine.
      const content = await upload.toBuffer();
      if (upload.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      return imports.preview(actor, uploadedFileName(upload.filename, 'cau-hoi').normalize('NFC'), content);
    },
    { access: staff('none') },
  );
  route(
    app,
    questionEndpoints.importCommit,
    async (request) => imports.commit(actorOf(request), request.body),
    { access: staff('none') },
  );

  route(
    app,
    questionEndpoints.export,
    async (request, reply) => {
      const file = await exportFile(actorOf(request), request.body.format, request.body.ids);
      return reply
        .header('content-disposition', attachmentDisposition(file.fileName))
        .type(file.contentType)
        .send(file.bytes);
    },
    { access: staff('unit') },
  );
  route(
    app,
    questionEndpoints.wordTemplate,
    async (_request, reply) =>
      reply
        .header('content-disposition', attachmentDisposition('mau-cau-hoi-hoclieu.docx'))
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .send(await wordTemplate()),
    { access: 'public' },
  );
  route(
    app,
    questionEndpoints.uploadImage,
    async (request) => {
      const actor = actorOf(request);
      // Refused before the upload is read: students never write questions.
      bankViewer(actor);
      const upload = await request.file({ limits: { fileSize: QUESTION_IMAGE_MAX_BYTES } });
      if (!upload) throw new AppError('IMPORT_FILE_MISSING');
      const content = await upload.toBuffer();
      if (upload.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      return uploadImage(actor, content);
    },
    { access: staff('none') },
  );
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
