import pg from 'pg';

/**
 * A plain `pg` pool for the few measured hot paths (session lookup, starting and saving quiz
 * attempts, report aggregates): one hand-written statement each, without the ORM's per-query work.
 * Everything else uses Prisma. Statements run through `queryRows` and its siblings (query.ts),
 * which parse every row: rows are never typed by a generic alone.
 */
export type Sql = pg.Pool;

const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;

/**
 * Row types that must not depend on the server's `TZ`: instants are `timestamptz` (parsed by pg as
 * instants already); a `date` is a calendar date and comes back as its 'YYYY-MM-DD' text (pg's default
 * makes it local midnight, a different day east or west of UTC); a stray `timestamp` is read as UTC.
 * The parsers are the pool's own, so Prisma's driver adapter keeps its own.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/**
 * Connection option that puts a session in UTC: what `now()::date`, `date_trunc` on an instant or a
 * zone-less literal mean must not depend on the server's `timezone` setting.
 */
export const UTC_SESSION = '-c TimeZone=UTC';

export function createSql({
  connectionString,
  maxConnections = 10,
}: {
  connectionString: string;
  maxConnections?: number;
}): Sql {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types, options: UTC_SESSION });
  // An idle client dropped by the server (a restart) is replaced on the next query; do not crash.
  pool.on('error', () => undefined);
  return pool;
}
