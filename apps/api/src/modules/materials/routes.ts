import { materialEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { SearchIndex } from '@hoclieu/search';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/errors.js';
import { authorOrSystemAdmin, rolesWith, route, signedIn, staff, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import type { SearchOutbox } from '../../search/outbox.js';
import { createFileService } from './files.js';
import type { UploadInspector } from './inspect.js';
import { createOnlineLessonService } from './online-lessons.js';
import { createPackageTokens } from './package-token.js';
import { createMaterialSearch } from './search.js';
import { createMaterialService } from './service.js';
import { createSharingService } from './sharing.js';
import { createUploadService } from './uploads.js';
import { createVersionService } from './versions.js';

export interface MaterialDeps {
  db: Db;
  storage: BlobStore;
  materialsIndex: SearchIndex;
  searchOutbox: SearchOutbox;
  inspector: UploadInspector;
  uploadMaxBytes: number;
  enqueueProcessing: (uploadId: string) => Promise<void>;
  sessionSecret: string;
  clock: () => Date;
}

export async function materialRoutes(app: FastifyInstance, deps: MaterialDeps) {
  const { db, storage } = deps;
  const onChange = deps.searchOutbox.kick;
  const packageTokens = createPackageTokens(deps.sessionSecret, deps.clock);
  const materials = createMaterialService(db, onChange, packageTokens);
  const sharing = createSharingService(db, onChange);
  const versions = createVersionService(db, onChange);
  const lessons = createOnlineLessonService(db, materials, onChange);
  const files = createFileService(db, storage, materials);
  const search = createMaterialSearch(db, deps.materialsIndex, app.log);
  const uploads = createUploadService({
    db,
    storage,
    inspector: deps.inspector,
    maxBytes: deps.uploadMaxBytes,
    enqueueProcessing: deps.enqueueProcessing,
  });

  // The local-disk upload body is the file itself: streamed to the store, never parsed or buffered.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  route(app, materialEndpoints.search, async (request) => search(actorOf(request), request.query), {
    access: signedIn('none'),
  });
  route(app, materialEndpoints.create, async (request) => materials.create(actorOf(request), request.body), {
    access: staff('none'),
  });
  route(
    app,
    materialEndpoints.get,
    async (request) => materials.get(actorOf(request), request.params.materialId),
    { access: signedIn('unit') },
  );
  route(
    app,
    materialEndpoints.update,
    async (request) => materials.update(actorOf(request), request.params.materialId, request.body),
    { access: authorOrSystemAdmin },
  );
  route(app, materialEndpoints.reviewQueue, async (request) => materials.reviewQueue(actorOf(request)), {
    access: signedIn('none'),
  });

  route(
    app,
    materialEndpoints.createUpload,
    async (request) => uploads.ticket(actorOf(request), request.body),
    { access: staff('none') },
  );
  route(
    app,
    materialEndpoints.uploadContent,
    async (request) => uploads.receive(actorOf(request), request.params.uploadId, request.body as never),
    { access: staff('self'), bodyLimit: deps.uploadMaxBytes },
  );
  route(
    app,
    materialEndpoints.completeUpload,
    async (request) => uploads.complete(actorOf(request), request.params.uploadId),
    { access: staff('self') },
  );
  route(
    app,
    materialEndpoints.addVersion,
    async (request) => {
      const actor = actorOf(request);
      await versions.addVersion(actor, request.params.materialId, request.body);
      return materials.detail(actor, request.params.materialId);
    },
    { access: authorOrSystemAdmin },
  );

  route(
    app,
    materialEndpoints.requestShare,
    async (request) => {
      const actor = actorOf(request);
      await sharing.requestShare(actor, request.params.materialId, request.body.scope);
      return materials.detail(actor, request.params.materialId);
    },
    { access: staff('self') },
  );
  route(
    app,
    materialEndpoints.decide,
    async (request) => {
      const actor = actorOf(request);
      await sharing.decide(actor, request.params.materialId, request.body);
      return materials.detail(actor, request.params.materialId);
    },
    { access: unitAdmins('unit') },
  );
  route(
    app,
    materialEndpoints.setFeatured,
    async (request) => {
      const actor = actorOf(request);
      await sharing.setFeatured(actor, request.params.materialId, request.body.featured);
      return materials.detail(actor, request.params.materialId);
    },
    { access: rolesWith('unit', 'province_officer', 'system_admin') },
  );

  route(
    app,
    materialEndpoints.fileContent,
    async (request, reply) =>
      files.content(
        actorOf(request),
        request.params.materialId,
        request.params.fileId,
        reply,
        request.headers.range,
        request.query.download === '1',
      ),
    { access: signedIn('unit') },
  );
  route(
    app,
    materialEndpoints.fileThumbnail,
    async (request, reply) =>
      files.thumbnail(actorOf(request), request.params.materialId, request.params.fileId, reply),
    { access: signedIn('unit') },
  );
  route(
    app,
    materialEndpoints.packageFile,
    async (request, reply) => {
      const fileId = packageTokens.verify(request.params.token);
      if (!fileId) throw new AppError('FILE_NOT_FOUND');
      return files.packageEntry(fileId, request.params['*'], reply);
    },
    { access: 'public' },
  );
  route(
    app,
    materialEndpoints.assignOnline,
    async (request) => lessons.assign(actorOf(request), request.params.materialId, request.body),
    { access: { teacher: 'self', school_admin: 'unit' } },
  );
}
