/**
 * What a review queue holds, materials and questions alike: live items with a pending share request
 * whose audience includes the reviewer, oldest change first, at most 200.
 */
export const reviewQueueQuery = (tokens: string[]) => ({
  where: { deletedAt: null, requestedScope: { not: null }, audience: { hasSome: tokens } },
  orderBy: { updatedAt: 'asc' as const },
  take: 200,
});
