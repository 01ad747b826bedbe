import { list } from '../matrix.js';

/** Decisions on the caller's own items: another teacher's rejected material must never be named. */
export const shareDecisionProbes = [
  list(
    'GET /api/me/share-decisions',
    async () => ({ method: 'GET', url: '/api/me/share-decisions?limit=50' }),
    async ({ world }) => {
      const peer = world.units.peer.teacher;
      const rejected = await world.shared(`material:rejected:${peer.id}`, async () => {
        const material = await world.material(peer);
        await world.db.shareDecision.create({
          data: {
            materialId: material.id,
            action: 'rejected',
            scope: 'school',
            reason: 'Thiếu nguồn',
            actorId: peer.id,
          },
        });
        return material;
      });
      return [rejected.id];
    },
  ),
];
