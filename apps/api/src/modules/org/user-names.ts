import type { Db } from '@hoclieu/db';

/** The full names of the given users (nulls and repeats ignored), by id: who decided, changed, confirmed. */
export async function userNames(
  db: Pick<Db, 'user'>,
  ids: Iterable<string | null>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null);
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, fullName: true },
  });
  return new Map(users.map((u) => [u.id, u.fullName]));
}
