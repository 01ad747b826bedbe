import { createHmac, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { BENCH_SESSION_SECRET } from './api.js';

export interface BenchSession {
  userId: string;
  cookie: string;
  csrfToken: string;
}

/**
 * Signs users in without the password hash (argon2 would dominate the setup): writes Session rows
 * the way the API's session store does (id = HMAC of the cookie token under SESSION_SECRET).
 */
export async function createSessions(pool: pg.Pool, userIds: string[]): Promise<BenchSession[]> {
  const sessions = userIds.map((userId) => {
    const token = randomBytes(32).toString('base64url');
    return { userId, token, csrfToken: randomBytes(24).toString('base64url') };
  });
  const expiresAt = new Date(Date.now() + 12 * 3600 * 1000).toISOString();
  for (let i = 0; i < sessions.length; i += 5000) {
    const batch = sessions.slice(i, i + 5000);
    await pool.query(
      `INSERT INTO "Session" (id, "userId", "csrfToken", "expiresAt", "lastSeenAt")
       SELECT s.id, s.user_id::uuid, s.csrf, $2::timestamptz, now()
       FROM jsonb_to_recordset($1::jsonb) AS s(id text, user_id text, csrf text)`,
      [
        JSON.stringify(
          batch.map((s) => ({
            id: createHmac('sha256', BENCH_SESSION_SECRET).update(s.token).digest('hex'),
            user_id: s.userId,
            csrf: s.csrfToken,
          })),
        ),
        expiresAt,
      ],
    );
  }
  return sessions.map((s) => ({
    userId: s.userId,
    cookie: `hoclieu_session=${s.token}`,
    csrfToken: s.csrfToken,
  }));
}
