import type { Db } from '@hoclieu/db';
import { type QueryVocabulary, teacherVocabulary } from '@hoclieu/search';

// Subjects change with a curriculum import, rarely: a few minutes' delay is fine, a query per search is not.
const TTL_MS = 5 * 60_000;

/**
 * The words a search reads as facets (subjects from the curriculum tables, grades, types, levels),
 * built from the database and kept for a few minutes per process.
 */
export function cachedTeacherVocabulary(
  db: Db,
  kind: 'materials' | 'questions',
): () => Promise<QueryVocabulary> {
  let cached: { vocabulary: QueryVocabulary; at: number } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < TTL_MS) return cached.vocabulary;
    const subjects = await db.subject.findMany({ select: { code: true, name: true } });
    cached = { vocabulary: teacherVocabulary(kind, subjects), at: Date.now() };
    return cached.vocabulary;
  };
}
