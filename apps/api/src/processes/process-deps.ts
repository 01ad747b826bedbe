import type { Logger } from 'pino';
import type { Infrastructure } from '../bootstrap.js';
import type { JobQueue } from '../jobs/queue.js';
import type { PasswordHasher } from '../modules/auth/passwords.js';

/** What every API process starts from: the infrastructure clients, the job queue, hashing, the log. */
export interface ProcessDeps {
  infra: Infrastructure;
  passwords: PasswordHasher;
  jobs: JobQueue;
  log: Logger;
}
