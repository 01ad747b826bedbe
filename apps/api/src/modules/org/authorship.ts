import type { Actor } from '@hoclieu/domain';

/** The author and org-unit columns of what an actor creates (a material, a question, an exam): it is theirs, in their unit. */
export const authoredBy = (actor: Actor) => ({
  authorId: actor.userId,
  schoolId: actor.schoolId,
  districtId: actor.districtId,
  provinceId: actor.provinceId,
});
