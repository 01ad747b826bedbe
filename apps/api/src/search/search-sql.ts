import { execute, queryRows, type Sql } from '@hoclieu/db/sql';
import type { SqlQuery } from '@hoclieu/search';

/** The PostgreSQL search adapter's statements run on the pool, each row parsed by the adapter's schema. */
export function searchSqlQuery(sql: Sql): SqlQuery {
  return (text, params, row) => queryRows(sql, text, params, row);
}

/** Queues every live document of `table` for the index (a rebuild): one row per document. */
export function queueEveryDocument(sql: Sql, indexName: string, table: '"Material"' | '"Question"') {
  return execute(
    sql,
    `INSERT INTO "SearchOutbox" ("indexName", "documentId", operation)
     SELECT $1, id::text, 'upsert' FROM ${table} WHERE "deletedAt" IS NULL`,
    [indexName],
  );
}
