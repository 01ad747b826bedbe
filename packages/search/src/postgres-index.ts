import { z } from 'zod';
import { type IndexedDocument, latestById, storedAsIs } from './indexed-document.js';
import { searchResult, searchRowSchema, searchStatement } from './postgres-index-search.js';
import {
  CLEAR_SQL,
  COUNT_SQL,
  ENSURE_READY_SQL,
  ownWordsIndexSql,
  REMOVE_SQL,
  UPSERT_SQL,
} from './postgres-index-sql.js';
import type { SqlQuery } from './search-engine.js';
import type { SearchIndex } from './search-index.js';
import { emptyResult, prepareQuery } from './search-query.js';
import { correctWords } from './word-correction.js';

export interface PostgresIndexOptions {
  /** Index name: several indexes share one table, told apart by this. */
  name: string;
  query: SqlQuery;
}

// Keeps one upsert statement's JSON parameter to a few megabytes, however long the bodies are.
const BATCH_CHARS = 4_000_000;
const BATCH_DOCS = 500;

const countSchema = z.object({ count: z.number() });
// Writes and the DO block return no row: one would mean the statement is not what it should be.
const noRow = z.never();

/** Full-text search in the main PostgreSQL database (pg_trgm + tsvector), nothing more to run. */
export function createPostgresIndex(options: PostgresIndexOptions): SearchIndex {
  const { name, query } = options;
  return {
    kind: 'postgres',
    name,
    async ensureReady() {
      await query(ENSURE_READY_SQL, [], noRow);
      await query(ownWordsIndexSql(name), [], noRow);
    },
    async upsert(docs) {
      for (const batch of batches(latestById(docs))) {
        await query(UPSERT_SQL, [name, JSON.stringify(batch.map(row))], noRow);
      }
    },
    async remove(ids) {
      if (ids.length > 0) await query(REMOVE_SQL, [name, JSON.stringify(ids)], noRow);
    },
    async search(input) {
      const prepared = prepareQuery(input);
      if (prepared.audience.length === 0) return emptyResult(prepared.facets);
      // Any word may match: one group of alternatives (ranking words, see understood-search.ts).
      const typed = prepared.anyWords ? [prepared.words] : prepared.words.map((word) => [word]);
      const { sql, params } = searchStatement(
        name,
        prepared,
        typed.filter((group) => group.length > 0),
      );
      const result = {
        ...searchResult(await query(sql, params, searchRowSchema), prepared.facets),
        words: prepared.words,
      };
      if (result.total > 0 || prepared.words.length === 0 || prepared.anyWords) return result;
      // Nothing matched: maybe a typo. Correct the words against the vocabulary, search again.
      const groups = await correctWords(query, name, prepared.words);
      if (groups === undefined) return result;
      const corrected = searchStatement(name, prepared, groups);
      return {
        ...searchResult(await query(corrected.sql, corrected.params, searchRowSchema), prepared.facets),
        words: groups.flat(),
      };
    },
    async count() {
      const [row] = await query(COUNT_SQL, [name], countSchema);
      return row?.count ?? 0;
    },
    async clear() {
      await query(CLEAR_SQL, [name], noRow);
    },
  };
}

/** The JSON record UPSERT_SQL reads with jsonb_to_recordset. */
function row(doc: IndexedDocument) {
  return {
    ...storedAsIs(doc),
    folded_title: doc.foldedTitle,
    folded_tags: doc.foldedTags.join(' '),
    folded_body: doc.foldedBody,
    updated_at: doc.updatedAt.toISOString(),
  };
}

function* batches(docs: IndexedDocument[]): Generator<IndexedDocument[]> {
  let batch: IndexedDocument[] = [];
  let chars = 0;
  for (const doc of docs) {
    // Body and its folded copy both travel.
    const size = 2 * (doc.body.length + doc.title.length) + 1000;
    if (batch.length > 0 && (chars + size > BATCH_CHARS || batch.length >= BATCH_DOCS)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(doc);
    chars += size;
  }
  if (batch.length > 0) yield batch;
}
