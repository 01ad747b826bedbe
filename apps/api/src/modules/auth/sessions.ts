import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { CacheBus } from '../../cache/cache-bus.js';
import { findSession } from './session-sql.js';
import { type AuthenticatedUser, authenticatedUser } from './session-user.js';

export const SESSION_COOKIE = 'hoclieu_session';
/** Idle timeout: a session unused this long expires; each use slides it (throttled). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;
/**
 * A resolved session is reused this long without asking the database. Every process forgets it at
 * once through the cache bus when it ends or its account or unit changes (logout, password change,
 * an admin disabling or resetting the account, a role or unit change); this bound holds only while
 * the bus reconnects (and for a change made with triggers disabled).
 */
const SESSION_CACHE_MS = 5_000;
const CACHE_LIMIT = 100_000;

interface FoundSession {
  id: string;
  userId: string;
  csrfToken: string;
  auth: AuthenticatedUser;
}

export interface SessionStore {
  create(
    userId: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }>;
  find(token: string): Promise<FoundSession | null>;
  revoke(token: string): Promise<void>;
  revokeOthers(userId: string, keepToken: string | null): Promise<void>;
}

interface Cached {
  session: FoundSession;
  expiresAt: number;
  lastSeenAt: number;
  cachedAt: number;
}

/**
 * Server-side sessions in PostgreSQL. The cookie holds a random token; the table holds only its
 * HMAC under SESSION_SECRET, so a copy of the table yields no usable session. Every API request
 * resolves its session, so lookups are one plain statement and briefly cached.
 */
export function createSessionStore(
  db: Db,
  sql: Sql,
  secret: string,
  clock: () => Date,
  bus: CacheBus,
): SessionStore {
  const idOf = (token: string) => createHmac('sha256', secret).update(token).digest('hex');
  const cache = new Map<string, Cached>();

  function forgetUser(userId: string) {
    for (const [id, entry] of cache) if (entry.session.userId === userId) cache.delete(id);
  }
  // Counts invalidations: a lookup that raced one (read before the change committed) is not kept.
  let invalidations = 0;
  const forgetAll = () => {
    invalidations += 1;
    cache.clear();
  };
  bus.on('session', ({ ids }) => {
    invalidations += 1;
    for (const id of ids) cache.delete(id);
  });
  // An import renaming thousands of accounts sends one event each: one pass over the cache for all
  // the events that arrived together, on the next turn of the event loop.
  const changedUsers = new Set<string>();
  bus.on('user', ({ id }) => {
    invalidations += 1;
    if (changedUsers.size === 0)
      setImmediate(() => {
        for (const [sessionId, entry] of cache)
          if (changedUsers.has(entry.session.userId)) cache.delete(sessionId);
        changedUsers.clear();
      });
    changedUsers.add(id);
  });
  bus.on('sessions', forgetAll);
  bus.onReset(forgetAll);

  function remember(entry: Cached) {
    if (cache.size >= CACHE_LIMIT) {
      // Oldest first: a Map iterates in insertion order.
      for (const id of cache.keys()) {
        cache.delete(id);
        if (cache.size < CACHE_LIMIT * 0.9) break;
      }
    }
    cache.set(entry.session.id, entry);
  }

  async function load(id: string): Promise<Cached | null> {
    const row = await findSession(sql, id);
    if (!row) return null;
    const auth = row.disabled
      ? null
      : authenticatedUser({
          id: row.userId,
          username: row.username,
          fullName: row.fullName,
          role: row.role,
          mustChangePassword: row.mustChangePassword,
          school: row.schoolId
            ? {
                id: row.schoolId,
                name: row.schoolName ?? '',
                levels: row.schoolLevels ?? [],
              }
            : null,
          district: row.districtId ? { id: row.districtId, name: row.districtName ?? '' } : null,
          province: row.provinceId ? { id: row.provinceId, name: row.provinceName ?? '' } : null,
        });
    if (!auth) return null;
    return {
      session: { id: row.id, userId: row.userId, csrfToken: row.csrfToken, auth },
      expiresAt: row.expiresAt.getTime(),
      lastSeenAt: row.lastSeenAt.getTime(),
      cachedAt: clock().getTime(),
    };
  }

  return {
    async create(userId, userAgent) {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const now = clock();
      const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
      // Both instants from the app's clock (not the database's now()): expiry and its sliding agree.
      await db.session.create({
        data: {
          id: idOf(token),
          userId,
          csrfToken,
          lastSeenAt: now,
          expiresAt,
          userAgent: userAgent?.slice(0, 300) ?? null,
        },
      });
      return { token, csrfToken, expiresAt };
    },
    async find(token) {
      const id = idOf(token);
      const now = clock().getTime();
      let entry = cache.get(id);
      if (!entry || now - entry.cachedAt > SESSION_CACHE_MS || now < entry.cachedAt) {
        cache.delete(id);
        const before = invalidations;
        entry = (await load(id)) ?? undefined;
        if (!entry) return null;
        if (invalidations === before) remember(entry);
      }
      if (entry.expiresAt <= now) {
        cache.delete(id);
        await db.session.deleteMany({ where: { id } });
        return null;
      }
      if (now - entry.lastSeenAt > TOUCH_EVERY_MS) {
        entry.lastSeenAt = now;
        entry.expiresAt = now + SESSION_IDLE_MS;
        await db.session.update({
          where: { id },
          data: { lastSeenAt: new Date(now), expiresAt: new Date(entry.expiresAt) },
        });
      }
      return entry.session;
    },
    async revoke(token) {
      const id = idOf(token);
      cache.delete(id);
      await db.session.deleteMany({ where: { id } });
    },
    async revokeOthers(userId, keepToken) {
      forgetUser(userId);
      await db.session.deleteMany({
        where: { userId, ...(keepToken ? { NOT: { id: idOf(keepToken) } } : {}) },
      });
    },
  };
}
