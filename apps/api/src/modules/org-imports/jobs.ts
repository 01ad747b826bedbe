import type { Db } from '@hoclieu/db';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { JobQueue } from '../../jobs/queue.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { runOrgImport } from './run-import.js';

const RUN_ORG_IMPORT = 'org-import.run';

interface Deps {
  db: Db;
  storage: BlobStore;
  jobs: JobQueue;
  passwords: PasswordHasher;
  sessionSecret: string;
  clock: () => Date;
  log: FastifyBaseLogger;
}

/**
 * Registers the import worker and re-queues the imports a stopped process left unfinished: a job
 * held by a dead process would otherwise wait for pg-boss's expiry. A job found twice is harmless:
 * the second runner cannot commit over the first (OrgImport.version).
 */
export async function registerOrgImports(deps: Deps): Promise<(importId: string) => Promise<void>> {
  const { db, jobs, log } = deps;
  await jobs.work<{ importId: string }>(RUN_ORG_IMPORT, async ({ importId }) => {
    const result = await runOrgImport(deps, importId);
    log.info({ importId, result }, 'organisation workbook import');
  });
  const unfinished = await db.orgImport.findMany({
    where: { status: { in: ['queued', 'running'] } },
    select: { id: true },
  });
  for (const { id } of unfinished) await jobs.send(RUN_ORG_IMPORT, { importId: id });
  return (importId) => jobs.send(RUN_ORG_IMPORT, { importId });
}
