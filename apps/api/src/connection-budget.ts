/**
 * How one API process spends its PostgreSQL connections (DATABASE_CONNECTIONS, default 44, so a
 * few processes stay well under the server's `max_connections` of 100). The job queue gets a small
 * fixed share: pg-boss polls once a second and runs one job at a time per worker, and more
 * connections would not make a long import faster. The rest is split evenly between Prisma (every
 * ordinary route, imports, reports' ORM reads) and the plain pool (the measured hot paths: session
 * lookup and the quiz's start and save, which must not queue behind a slow import's transactions).
 * One more is the cache bus's own LISTEN connection (cache-bus.ts), held for the process's life.
 */
export interface ConnectionBudget {
  prisma: number;
  pool: number;
  jobs: number;
  /** The cache bus's listening connection. */
  listen: number;
}

const DEFAULT_DATABASE_CONNECTIONS = 44;
/** What all API processes hold together by default: under `max_connections` 100 with room to spare. */
const DEFAULT_TOTAL_CONNECTIONS = 88;
/** Below this, a process cannot hold one Prisma transaction, one hot statement and the queue at once. */
export const MIN_DATABASE_CONNECTIONS = 8;
const JOB_CONNECTIONS = 4;
const LISTEN_CONNECTIONS = 1;

/**
 * DATABASE_CONNECTIONS unset: 44 per process for one or two processes, then the same total of 88
 * shared (4 processes: 22 each), so raising API_PROCESSES never exceeds PostgreSQL's limit.
 */
export function defaultConnectionsPerProcess(processes: number): number {
  return Math.max(
    MIN_DATABASE_CONNECTIONS,
    Math.min(DEFAULT_DATABASE_CONNECTIONS, Math.floor(DEFAULT_TOTAL_CONNECTIONS / processes)),
  );
}

export function splitConnections(total: number): ConnectionBudget {
  const jobs = Math.min(JOB_CONNECTIONS, Math.floor(total / 4));
  const rest = total - jobs - LISTEN_CONNECTIONS;
  const pool = Math.floor(rest / 2);
  return { prisma: rest - pool, pool, jobs, listen: LISTEN_CONNECTIONS };
}
