import type { SimilarQuestion } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { htmlText } from '@hoclieu/domain';
import { currentContent } from './load.js';

/** Folded stems this close (pg_trgm similarity, 0..1) are shown to the author as near-duplicates. */
const NEAR_DUPLICATE = 0.6;
// Very short stems ("Tính:") are alike by nature; comparing them would only cry wolf.
const MIN_STEM_CHARS = 12;

/**
 * Questions the viewer can see whose stem is close to `stemKey`, closest first. The `%` operator
 * uses the trigram index to find candidates; similarity() then applies our stricter threshold.
 */
export async function similarQuestions(
  db: Db,
  viewer: string[],
  stemKey: string,
  excludeId: string | null = null,
  limit = 5,
): Promise<SimilarQuestion[]> {
  if (stemKey.length < MIN_STEM_CHARS) return [];
  const rows = await db.$queryRaw<{ id: string; similarity: number }[]>`
    SELECT id, similarity("stemText", ${stemKey}) AS similarity
    FROM "Question"
    WHERE "deletedAt" IS NULL
      AND "stemText" % ${stemKey}
      AND similarity("stemText", ${stemKey}) >= ${NEAR_DUPLICATE}
      AND audience && ${viewer}::text[]
      AND (${excludeId}::uuid IS NULL OR id <> ${excludeId}::uuid)
    ORDER BY similarity DESC
    LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const questions = await db.question.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: {
      id: true,
      currentVersion: true,
      versions: { select: { number: true, content: true } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return rows.flatMap((row) => {
    const q = byId.get(row.id);
    if (!q) return [];
    const text = htmlText(currentContent(q).stem);
    return [
      {
        id: row.id,
        stemText: text.length > 200 ? `${text.slice(0, 199)}…` : text,
        similarity: Number(row.similarity),
      },
    ];
  });
}
