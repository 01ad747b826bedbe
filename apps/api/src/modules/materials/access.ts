import type { Db } from '@hoclieu/db';
import { type Actor, seesClassMaterials } from '@hoclieu/domain';
import { classesEverOf } from '../org/classes.js';

/** Classes whose online lessons a viewer may see: the ones they study in or teach, this year or before. */
export async function classIdsOf(db: Db, actor: Actor): Promise<string[]> {
  if (!seesClassMaterials(actor)) return [];
  const classes = await db.class.findMany({ where: classesEverOf(actor.userId), select: { id: true } });
  return classes.map((c) => c.id);
}
