import type { Db, Prisma } from '@hoclieu/db';
import { type MaterialPlacement, materialAudience } from '@hoclieu/domain';
import { foundOr } from '../../http/found.js';
import { type PlacedRow, sharedPlacement } from '../sharing/placement.js';

export const materialInclude = {
  subject: true,
  author: { select: { id: true, fullName: true, role: true } },
  school: { select: { id: true, name: true } },
  topics: { include: { topic: { select: { id: true, title: true } } } },
  versions: {
    orderBy: { number: 'desc' },
    include: { files: { orderBy: { position: 'asc' }, include: { upload: true } } },
  },
  decisions: { orderBy: { createdAt: 'asc' } },
  onlineLessons: { select: { classId: true, teacherId: true } },
} satisfies Prisma.MaterialInclude;

export type MaterialRow = Prisma.MaterialGetPayload<{ include: typeof materialInclude }>;

/** A material's placement: its sharing columns and the classes its online lessons teach it in. */
export function placementOf(m: PlacedRow & { onlineLessons?: { classId: string }[] }): MaterialPlacement {
  return sharedPlacement(m, [...new Set((m.onlineLessons ?? []).map((l) => l.classId))]);
}

export function loadMaterial(db: Db, materialId: string): Promise<MaterialRow> {
  const lookup = db.material.findFirst({
    where: { id: materialId, deletedAt: null },
    include: materialInclude,
  });
  return foundOr(lookup, 'MATERIAL_NOT_FOUND');
}

type Tx = Pick<Db, 'material' | 'searchOutbox'>;

/** Recomputes the visibility tokens and queues the search-index update, in the caller's transaction. */
export async function refreshAudience(tx: Tx, materialId: string): Promise<void> {
  const m = await tx.material.findUniqueOrThrow({
    where: { id: materialId },
    include: { onlineLessons: { select: { classId: true } }, author: { select: { role: true } } },
  });
  await tx.material.update({
    where: { id: materialId },
    data: { audience: materialAudience(placementOf(m)) },
  });
  await tx.searchOutbox.create({
    data: { indexName: 'materials', documentId: materialId, operation: m.deletedAt ? 'remove' : 'upsert' },
  });
}
