import { importEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyInstance } from 'fastify';
import { actorRoute } from '../../http/actor-route.js';
import { sendAttachment } from '../../http/attachment.js';
import { unitAdmins } from '../../http/route.js';
import { readUploadedFile } from '../../http/uploaded-file.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { createImportService } from './service.js';

export async function importRoutes(
  app: FastifyInstance,
  { db, passwords, clock }: { db: Db; passwords: PasswordHasher; clock: () => Date },
) {
  const imports = createImportService({ db, passwords, clock });

  actorRoute(app, importEndpoints.template, unitAdmins('none'), async (actor, { params, query }, reply) => {
    const file = await imports.template(actor, params.kind, query.format);
    return sendAttachment(reply, file, file.body);
  });

  actorRoute(app, importEndpoints.run, unitAdmins('unit'), async (actor, request) => {
    // Refused before the upload is read: a role that may never import this kind gets 403, not a parse.
    imports.assertMayImport(actor, request.params.kind);
    // Import files are at most a few MB (config.importMaxBytes): buffering one is fine.
    const { content } = await readUploadedFile(request);
    return imports.run(actor, request.params.kind, content, request.log);
  });
}
