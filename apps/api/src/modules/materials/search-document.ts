import type { Db } from '@hoclieu/db';
import type { SearchDocument } from '@hoclieu/search';

/** A material as the search index holds it; null when it is gone. */
export async function materialDocument(db: Db, materialId: string): Promise<SearchDocument | null> {
  const m = await db.material.findUnique({
    where: { id: materialId },
    include: {
      versions: { include: { files: { include: { upload: { select: { extractedText: true } } } } } },
    },
  });
  if (!m || m.deletedAt) return null;
  const current = m.versions.find((v) => v.number === m.currentVersion);
  const text = (current?.files ?? []).map((f) => f.upload.extractedText ?? '').join('\n');
  return {
    id: m.id,
    title: m.title,
    body: `${m.description}\n${text}`,
    tags: m.tags,
    facets: {
      subjectCode: m.subjectCode,
      grade: m.grade,
      type: m.type,
      scope: m.scope,
      schoolId: m.schoolId,
    },
    audience: m.audience,
    updatedAt: m.updatedAt.toISOString(),
  };
}
