import { z } from 'zod';

/** The one PostgreSQL channel of the cache bus; the database's triggers notify it too (migration cache_coherence). */
export const CACHE_CHANNEL = 'hoclieu_cache';

/**
 * What can make a process's cached entry wrong, as notified on CACHE_CHANNEL. Sent by triggers in
 * the transaction of the change (so only on commit), whatever code path or operator made it.
 */
const cacheEventSchema = z.discriminatedUnion('topic', [
  /** These sessions (stored ids) ended: logout, a password change, an account disabled or reset. */
  z.object({ topic: z.literal('session'), ids: z.array(z.string()) }),
  /** Many sessions ended, or a unit a session names changed: forget every cached session. */
  z.object({ topic: z.literal('sessions') }),
  /** The account's sign-in facts changed (role, unit, name, password, disabled). */
  z.object({ topic: z.literal('user'), id: z.string() }),
  /** What starting an attempt reads of the assignment changed (window, time limit, extra time, ...). */
  z.object({ topic: z.literal('assignment'), id: z.string() }),
  /** What a dashboard is computed from changed: classes, units, years, the programme, online totals. */
  z.object({ topic: z.literal('reports') }),
]);

export type CacheEvent = z.infer<typeof cacheEventSchema>;
export type CacheTopic = CacheEvent['topic'];

/** The event a notification's payload carries, or null when it is not one (logged by the bus). */
export function parseCacheEvent(payload: string | undefined): CacheEvent | null {
  try {
    const parsed = cacheEventSchema.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
