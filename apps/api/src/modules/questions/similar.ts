import type { SimilarQuestion } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { stemPreview } from '@hoclieu/domain';
import { asApproved } from './approved-view.js';
import { currentContent } from './repository.js';

/** Folded stems this close (pg_trgm similarity, 0..1) are shown to the author as near-duplicates. */
const NEAR_DUPLICATE = 0.6;
// Very short stems ("Tính:") are alike by nature; comparing them would only cry wolf.
const MIN_STEM_CHARS = 12;

/**
 * For each stem key, the questions the viewer can see whose stem is close to it, closest first.
 * One statement for all keys (an import preview has up to 500).
 */
export async function similarQuestionsOf(
  db: Db,
  viewer: string[],
  stemKeys: string[],
  excludeId: string | null = null,
  limit = 5,
): Promise<SimilarQuestion[][]> {
  const keys = stemKeys.map((key) => (key.length < MIN_STEM_CHARS ? null : key));
  if (keys.every((key) => key === null)) return keys.map(() => []);
  // Candidates share a MinHash band with the stem (GIN index; see the question_stem_bands
  // migration); similarity() then decides. The bands of each key are computed once, in the
  // materialised CTE: inline, the index recheck recomputed them for every candidate row (0.3 ms
  // each; 1.2 s instead of 86 ms for two stems on the full bench province). The function is STRICT:
  // a NULL (short) key has no bands and matches nothing.
  const rows = await db.$queryRaw<{ position: bigint; id: string; similarity: number }[]>`
    WITH k AS MATERIALIZED (
      SELECT key, position, question_stem_bands(key) AS bands
      FROM unnest(${keys}::text[]) WITH ORDINALITY AS u(key, position)
    )
    SELECT k.position, q.id, q.similarity
    FROM k
    CROSS JOIN LATERAL (
      SELECT id, similarity("stemText", k.key) AS similarity
      FROM "Question"
      WHERE "stemBands" && k.bands
        AND "deletedAt" IS NULL
        AND similarity("stemText", k.key) >= ${NEAR_DUPLICATE}
        AND audience && ${viewer}::text[]
        AND (${excludeId}::uuid IS NULL OR id <> ${excludeId}::uuid)
      ORDER BY similarity DESC
      LIMIT ${limit}
    ) q
    ORDER BY k.position, q.similarity DESC`;
  const found = keys.map((): SimilarQuestion[] => []);
  if (rows.length === 0) return found;
  const questions = await db.question.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.id))] } },
    select: {
      id: true,
      currentVersion: true,
      approvedVersion: true,
      versions: { select: { number: true, content: true } },
    },
  });
  // The stem shown is the approved one: a pending edit is not for others to read.
  const stems = new Map(questions.map((q) => [q.id, stemPreview(currentContent(asApproved(q)).stem)]));
  for (const row of rows) {
    const text = stems.get(row.id);
    if (text === undefined) continue;
    found[Number(row.position) - 1]?.push({
      id: row.id,
      stemText: text,
      similarity: Number(row.similarity),
    });
  }
  return found;
}

/** The same for one stem key (the editor's check before saving). */
export async function similarQuestions(
  db: Db,
  viewer: string[],
  stemKey: string,
  excludeId: string | null = null,
): Promise<SimilarQuestion[]> {
  const [found] = await similarQuestionsOf(db, viewer, [stemKey], excludeId);
  return found ?? [];
}

/**
 * Looks up many stems in chunks until a time budget is spent: on a large bank each stem costs tens
 * of milliseconds, and a preview of 500 questions must still answer. Returns the lists of the stems
 * checked, in order (fewer than asked when the budget ran out).
 */
export async function similarWithinBudget(
  lookup: (keys: string[]) => Promise<SimilarQuestion[][]>,
  keys: string[],
  budgetMs: number,
  chunk = 50,
): Promise<SimilarQuestion[][]> {
  const found: SimilarQuestion[][] = [];
  const started = performance.now();
  for (let i = 0; i < keys.length && performance.now() - started < budgetMs; i += chunk) {
    found.push(...(await lookup(keys.slice(i, i + chunk))));
  }
  return found;
}
