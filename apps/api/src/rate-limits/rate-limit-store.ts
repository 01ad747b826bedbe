import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Sql } from '@hoclieu/db/sql';
import { countHit, forgetEndedWindows } from './rate-limit-sql.js';

/** One cleanup of ended windows per this many counted requests, per process. */
const CLEANUP_EVERY = 500;

class PostgresRateLimitStore implements FastifyRateLimitStore {
  private counted = 0;

  constructor(
    private readonly sql: Sql,
    private readonly prefix: string,
  ) {}

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ) {
    this.counted += 1;
    if (this.counted % CLEANUP_EVERY === 0) void forgetEndedWindows(this.sql).catch(() => undefined);
    countHit(this.sql, `${this.prefix}${key}`, timeWindow).then(
      (hit) => callback(null, hit),
      (error: Error) => callback(error),
    );
  }

  child(route: { method?: unknown; url?: string; path: string }): FastifyRateLimitStore {
    return new PostgresRateLimitStore(this.sql, `${String(route.method)} ${route.url ?? route.path}|`);
  }
}

/**
 * @fastify/rate-limit's store in PostgreSQL (RateLimitHit): a route's limit (sign-in, setup) is
 * counted once for all API processes, where the plugin's default store would give each process
 * its own allowance. Each route counts under its own prefix, as the default store keeps a map per
 * route.
 */
export function postgresRateLimitStore(sql: Sql): FastifyRateLimitStoreCtor {
  return class extends PostgresRateLimitStore {
    constructor() {
      super(sql, 'global|');
    }
  };
}
