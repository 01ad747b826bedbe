import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '@hoclieu/db';

export const SESSION_COOKIE = 'hoclieu_session';
/** Idle timeout: a session unused this long expires; each use slides it (throttled). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SessionStore {
  create(
    userId: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }>;
  find(token: string): Promise<{ id: string; userId: string; csrfToken: string } | null>;
  revoke(token: string): Promise<void>;
  revokeOthers(userId: string, keepToken: string | null): Promise<void>;
}

/**
 * Server-side sessions in PostgreSQL. The cookie holds a random token; the table holds only its
 * HMAC under SESSION_SECRET, so a copy of the table yields no usable session.
 */
export function createSessionStore(db: Db, secret: string, clock: () => Date): SessionStore {
  const idOf = (token: string) => createHmac('sha256', secret).update(token).digest('hex');
  return {
    async create(userId, userAgent) {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(clock().getTime() + SESSION_IDLE_MS);
      await db.session.create({
        data: { id: idOf(token), userId, csrfToken, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null },
      });
      return { token, csrfToken, expiresAt };
    },
    async find(token) {
      const session = await db.session.findUnique({ where: { id: idOf(token) } });
      const now = clock();
      if (!session) return null;
      if (session.expiresAt <= now) {
        await db.session.deleteMany({ where: { id: session.id } });
        return null;
      }
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await db.session.update({
          where: { id: session.id },
          data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
        });
      }
      return { id: session.id, userId: session.userId, csrfToken: session.csrfToken };
    },
    async revoke(token) {
      await db.session.deleteMany({ where: { id: idOf(token) } });
    },
    async revokeOthers(userId, keepToken) {
      await db.session.deleteMany({
        where: { userId, ...(keepToken ? { NOT: { id: idOf(keepToken) } } : {}) },
      });
    },
  };
}
