import { importEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { attachmentDisposition } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/errors.js';
import { route, unitAdmins } from '../../http/route.js';
import { actorOf } from '../../plugins/auth-context.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { createImportService } from './service.js';

export async function importRoutes(
  app: FastifyInstance,
  { db, passwords, clock }: { db: Db; passwords: PasswordHasher; clock: () => Date },
) {
  const imports = createImportService({ db, passwords, clock });

  route(
    app,
    importEndpoints.template,
    async (request, reply) => {
      const file = await imports.template(actorOf(request), request.params.kind, request.query.format);
      return reply
        .header('content-disposition', attachmentDisposition(file.fileName))
        .type(file.contentType)
        .send(file.body);
    },
    { access: unitAdmins('none') },
  );

  route(
    app,
    importEndpoints.run,
    async (request) => {
      const actor = actorOf(request);
      // Refused before the upload is read: a role that may never import this kind gets 403, not a parse.
      imports.assertMayImport(actor, request.params.kind);
      const upload = await request.file();
      if (!upload) throw new AppError('IMPORT_FILE_MISSING');
      // Import files are at most a few MB (config.importMaxBytes): buffering one is fine.
      const content = await upload.toBuffer();
      if (upload.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      return imports.run(actor, request.params.kind, content, request.log);
    },
    { access: unitAdmins('unit') },
  );
}
