import { orgImportEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { sendAttachment } from '../../http/attachment.js';
import { uploadedFileName } from '../../http/file-name.js';
import { rolesWith } from '../../http/route.js';
import { readUploadedFile } from '../../http/uploaded-file.js';
import { createOrgImportService } from './service.js';

/** A province's workbook (300,000 students) is some 15 MB; it is checked, stored, then streamed. */
const WORKBOOK_MAX_BYTES = 64 * 1024 * 1024;

const importers = (scope: 'none' | 'unit' | 'self') => rolesWith(scope, 'province_officer', 'system_admin');

export async function orgImportRoutes(
  app: FastifyInstance,
  deps: { db: Db; storage: BlobStore; sessionSecret: string; enqueue: (importId: string) => Promise<void> },
) {
  const imports = createOrgImportService(deps);

  actorRoute(app, orgImportEndpoints.template, importers('none'), async (actor, _request, reply) => {
    const file = await imports.template(actor);
    return sendAttachment(reply, file, file.body);
  });

  actorRoute(app, orgImportEndpoints.start, importers('unit'), async (actor, request) => {
    imports.assertMayImport(actor);
    const { filename, content } = await readUploadedFile(request, { fileSize: WORKBOOK_MAX_BYTES, files: 1 });
    return imports.start(
      actor,
      request.query.provinceId,
      uploadedFileName(filename, 'to-chuc.xlsx'),
      content,
    );
  });

  actorRoute(app, orgImportEndpoints.list, importers('none'), (actor) => imports.list(actor));

  actorRoute(app, orgImportEndpoints.get, importers('unit'), (actor, { params }) =>
    imports.get(actor, params.importId),
  );

  actorRoute(app, orgImportEndpoints.credentials, importers('self'), async (actor, { params }, reply) => {
    const file = await imports.credentials(actor, params.importId);
    return sendAttachment(reply.header('cache-control', 'no-store'), file, file.body);
  });
}
