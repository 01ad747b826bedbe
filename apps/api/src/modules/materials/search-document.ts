import type { Db } from '@hoclieu/db';
import type { SearchDocument } from '@hoclieu/search';

/** A material as the search index holds it (its approved title, description and files); null when gone. */
export async function materialDocument(db: Db, materialId: string): Promise<SearchDocument | null> {
  const m = await db.material.findUnique({
    where: { id: materialId },
    include: {
      versions: { include: { files: { include: { upload: { select: { extractedText: true } } } } } },
    },
  });
  if (!m || m.deletedAt) return null;
  // The index serves everyone the audience lists: it holds what was approved, once there is approval.
  const shownVersion = m.approvedVersion ?? m.currentVersion;
  const shown = m.versions.find((v) => v.number === shownVersion);
  const text = (shown?.files ?? []).map((f) => f.upload.extractedText ?? '').join('\n');
  return {
    id: m.id,
    title: m.approvedTitle ?? m.title,
    body: `${m.approvedDescription ?? m.description}\n${text}`,
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
