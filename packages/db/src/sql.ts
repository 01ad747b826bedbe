import pg from 'pg';

/**
 * A plain `pg` pool for the few hot paths (session lookup, starting and saving quiz attempts):
 * one hand-written statement each, without the ORM's per-query work. Everything else uses Prisma.
 */
export type Sql = pg.Pool;

export function createSql({
  connectionString,
  maxConnections = 10,
}: {
  connectionString: string;
  maxConnections?: number;
}): Sql {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle client dropped by the server (a restart) is replaced on the next query; do not crash.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * A time as `timestamp` text for the plain pool (`$n::timestamp`): Prisma's DateTime columns are
 * `timestamp` holding UTC, so times travel as UTC without a zone.
 */
export const utcTimestamp = (date: Date): string => date.toISOString().slice(0, -1);
