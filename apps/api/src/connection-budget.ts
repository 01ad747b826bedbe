/**
 * How one API process spends its PostgreSQL connections (DATABASE_CONNECTIONS, default 44, so a
 * few processes stay well under the server's `max_connections` of 100). The job queue gets a small
 * fixed share: pg-boss polls once a second and runs one job at a time per worker, and more
 * connections would not make a long import faster. The rest is split evenly between Prisma (every
 * ordinary route, imports, reports' ORM reads) and the plain pool (the measured hot paths: session
 * lookup and the quiz's start and save, which must not queue behind a slow import's transactions).
 */
export interface ConnectionBudget {
  prisma: number;
  pool: number;
  jobs: number;
}

export const DEFAULT_DATABASE_CONNECTIONS = 44;
/** Below this, a process cannot hold one Prisma transaction, one hot statement and the queue at once. */
export const MIN_DATABASE_CONNECTIONS = 8;
const JOB_CONNECTIONS = 4;

export function splitConnections(total: number): ConnectionBudget {
  const jobs = Math.min(JOB_CONNECTIONS, Math.floor(total / 4));
  const pool = Math.floor((total - jobs) / 2);
  return { prisma: total - jobs - pool, pool, jobs };
}
