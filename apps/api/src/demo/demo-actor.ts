import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { loadSessionUser } from '../modules/auth/session-user.js';

/** A demo account as the services see it when it acts, as if signed in. */
export async function demoActor(db: Db, username: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const loaded = await loadSessionUser(db, user.id);
  if (!loaded) throw new Error(`demo user ${username} missing`);
  return loaded.actor;
}
