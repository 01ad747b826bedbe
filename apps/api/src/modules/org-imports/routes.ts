import { orgImportEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { BlobStore } from '@hoclieu/storage';
import { attachmentDisposition } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/errors.js';
import { uploadedFileName } from '../../http/file-name.js';
import { rolesWith, route } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createOrgImportService } from './service.js';

/** A province's workbook (300,000 students) is some 15 MB; it is checked, stored, then streamed. */
const WORKBOOK_MAX_BYTES = 64 * 1024 * 1024;

const importers = (scope: 'none' | 'unit' | 'self') => rolesWith(scope, 'province_officer', 'system_admin');

export async function orgImportRoutes(
  app: FastifyInstance,
  deps: { db: Db; storage: BlobStore; sessionSecret: string; enqueue: (importId: string) => Promise<void> },
) {
  const imports = createOrgImportService(deps);

  route(
    app,
    orgImportEndpoints.template,
    async (request, reply) => {
      const file = await imports.template(actorOf(request));
      return reply
        .header('content-disposition', attachmentDisposition(file.fileName))
        .type(file.contentType)
        .send(file.body);
    },
    { access: importers('none') },
  );

  route(
    app,
    orgImportEndpoints.start,
    async (request) => {
      const actor = actorOf(request);
      imports.assertMayImport(actor);
      const upload = await request.file({ limits: { fileSize: WORKBOOK_MAX_BYTES, files: 1 } });
      if (!upload) throw new AppError('IMPORT_FILE_MISSING');
      const content = await upload.toBuffer();
      if (upload.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      return imports.start(
        actor,
        request.query.provinceId,
        uploadedFileName(upload.filename, 'to-chuc.xlsx'),
        content,
      );
    },
    { access: importers('unit') },
  );

  route(app, orgImportEndpoints.list, async (request) => imports.list(actorOf(request)), {
    access: importers('none'),
  });

  route(
    app,
    orgImportEndpoints.get,
    async (request) => imports.get(actorOf(request), request.params.importId),
    { access: importers('unit') },
  );

  route(
    app,
    orgImportEndpoints.credentials,
    async (request, reply) => {
      const file = await imports.credentials(actorOf(request), request.params.importId);
      return reply
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'no-store')
        .type(file.contentType)
        .send(file.body);
    },
    { access: importers('self') },
  );
}
