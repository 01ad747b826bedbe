import { materialEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { SearchIndex } from '@hoclieu/search';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { AppError } from '../../http/errors.js';
import { authorOrSystemAdmin, rolesWith, route, signedIn, staff } from '../../http/route.js';
import type { SearchOutbox } from '../../search/outbox.js';
import { lectureRoutes } from '../lectures/routes.js';
import { shareRoutes } from '../sharing/share-routes.js';
import { createFileService } from './files.js';
import type { UploadInspector } from './inspect.js';
import { createOnlineLessonService } from './online-lessons.js';
import { createPackageTokens } from './package-token.js';
import { createMaterialSearch } from './search.js';
import { createMaterialService } from './service.js';
import { createSharingService } from './sharing.js';
import { createUploadService } from './uploads.js';
import { createVersionService } from './versions.js';

/** Who features a material for everyone: the province's officers and the system admin. */
const FEATURE_EDITORS = rolesWith('unit', 'province_officer', 'system_admin');

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

  actorRoute(app, materialEndpoints.search, signedIn('none'), (actor, { query }) => search(actor, query));
  actorRoute(app, materialEndpoints.create, staff('none'), (actor, { body }) =>
    materials.create(actor, body),
  );
  actorRoute(app, materialEndpoints.get, signedIn('unit'), (actor, { params }) =>
    materials.get(actor, params.materialId),
  );
  actorRoute(app, materialEndpoints.update, authorOrSystemAdmin, (actor, { params, body }) =>
    materials.update(actor, params.materialId, body),
  );
  actorRoute(app, materialEndpoints.reviewQueue, signedIn('none'), (actor) => materials.reviewQueue(actor));

  actorRoute(app, materialEndpoints.createUpload, staff('none'), (actor, { body }) =>
    uploads.ticket(actor, body),
  );
  actorRoute(
    app,
    materialEndpoints.uploadContent,
    staff('self'),
    (actor, { params, body }) => uploads.receive(actor, params.uploadId, body as never),
    { bodyLimit: deps.uploadMaxBytes },
  );
  actorRoute(app, materialEndpoints.completeUpload, staff('self'), (actor, { params }) =>
    uploads.complete(actor, params.uploadId),
  );
  actorRoute(app, materialEndpoints.addVersion, authorOrSystemAdmin, async (actor, { params, body }) => {
    await versions.addVersion(actor, params.materialId, body);
    return materials.detail(actor, params.materialId);
  });

  shareRoutes(app, materialEndpoints, (params) => params.materialId, {
    requestShare: sharing.requestShare,
    decide: sharing.decide,
    detail: materials.detail,
  });
  actorRoute(app, materialEndpoints.setFeatured, FEATURE_EDITORS, async (actor, { params, body }) => {
    await sharing.setFeatured(actor, params.materialId, body.featured);
    return materials.detail(actor, params.materialId);
  });

  actorRoute(app, materialEndpoints.fileContent, signedIn('unit'), (actor, request, reply) => {
    const { materialId, fileId } = request.params;
    return files.content(
      actor,
      materialId,
      fileId,
      reply,
      request.headers.range,
      request.query.download === '1',
    );
  });
  actorRoute(app, materialEndpoints.fileThumbnail, signedIn('unit'), (actor, { params }, reply) =>
    files.thumbnail(actor, params.materialId, params.fileId, reply),
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
  lectureRoutes(app, db, materials);
  actorRoute(
    app,
    materialEndpoints.assignOnline,
    { teacher: 'self', school_admin: 'unit' },
    (actor, { params, body }) => lessons.assign(actor, params.materialId, body),
  );
}
