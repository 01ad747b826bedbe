import type { Role } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { type MaterialPlacement, materialAudience } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';

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

export function placementOf(m: {
  authorId: string;
  schoolId: string | null;
  districtId: string | null;
  provinceId: string | null;
  scope: MaterialPlacement['scope'];
  requestedScope: MaterialPlacement['requestedScope'];
  onlineLessons?: { classId: string }[];
  author?: { role: Role };
}): MaterialPlacement {
  return {
    authorRole: m.author?.role ?? null,
    authorId: m.authorId,
    schoolId: m.schoolId,
    districtId: m.districtId,
    provinceId: m.provinceId,
    scope: m.scope,
    requestedScope: m.requestedScope,
    classIds: [...new Set((m.onlineLessons ?? []).map((l) => l.classId))],
  };
}

export async function loadMaterial(db: Db, materialId: string): Promise<MaterialRow> {
  const material = await db.material.findFirst({
    where: { id: materialId, deletedAt: null },
    include: materialInclude,
  });
  if (!material) throw new AppError('MATERIAL_NOT_FOUND');
  return material;
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
