import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { SearchDocument, SearchIndex } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { queueEveryDocument } from './search-sql.js';

const lockRows = z.array(z.object({ locked: z.boolean() }));
const BATCH = 100;
/** After a failed pass, kicks wait this long (doubling per failure, up to the cap) before retrying. */
const RETRY_BASE_MS = 1000;
const RETRY_CAP_MS = 30_000;

/** What feeds one index: how to read a document, and which table holds every id (for rebuilds). */
export interface SearchFeed {
  index: SearchIndex;
  documentOf(db: Db, id: string): Promise<SearchDocument | null>;
  /** Quoted table name with `id` and `deletedAt` columns: "Material", "Question". */
  table: '"Material"' | '"Question"';
}

/**
 * Applies the transactional outbox to the search indexes: a change and its outbox row commit
 * together, this worker replays the rows in order. When the engine is down the rows stay and are
 * retried, so writes never fail because of search and the indexes catch up afterwards.
 */
export interface SearchOutbox {
  /** Runs the worker now; resolves when the outbox is empty or the engine failed. */
  drain(): Promise<number>;
  /** Fire and forget after a write; skipped for a while after the engine failed (backoff). */
  kick(): void;
  /** Empties every index and queues every document. */
  rebuild(): Promise<number>;
  pending(): Promise<number>;
}

export function createSearchOutbox(
  db: Db,
  sql: Sql,
  feeds: SearchFeed[],
  log: FastifyBaseLogger,
): SearchOutbox {
  let running: Promise<number> | null = null;
  let again = false;
  const names = feeds.map((feed) => feed.index.name);
  /**
   * Indexes prepared (ensureReady) by this worker. An engine that was down when the process started
   * never got its settings (filterable fields, the Postgres tables), so the first successful pass
   * after the outage prepares it before applying anything.
   */
  const prepared = new Set<string>();
  /** Set by a pass that hit an unavailable engine: kicks back off, explicit drains still run. */
  let passFailed = false;
  let failures = 0;
  let retryAt = 0;

  async function drainOnce(): Promise<number> {
    let applied = 0;
    for (const feed of feeds) applied += await drainFeed(feed);
    return applied;
  }

  /**
   * One drainer at a time across every API process: two passes reading the same document at
   * different moments could otherwise apply the older state last. The lock is the transaction's
   * (released with it, or when a killed process's connection drops). A busy lock: the other
   * process applies the rows (it reads until the outbox is empty); the timer catches a late one.
   */
  function drainExclusively(): Promise<number> {
    return db.$transaction(
      async (tx) => {
        const [row] = lockRows.parse(
          await tx.$queryRaw`SELECT pg_try_advisory_xact_lock(hashtext('hoclieu:search-outbox')) AS locked`,
        );
        return row?.locked ? drainOnce() : 0;
      },
      { maxWait: 10_000, timeout: 30 * 60_000 },
    );
  }

  async function drainFeed({ index, documentOf }: SearchFeed): Promise<number> {
    let applied = 0;
    // Prepared even with nothing queued: searches need it as soon as the engine is back.
    if (!prepared.has(index.name)) {
      try {
        await index.ensureReady();
        prepared.add(index.name);
      } catch (error) {
        passFailed = true;
        log.warn({ err: error, index: index.name }, 'search index not ready; outbox will retry');
        return applied;
      }
    }
    for (;;) {
      const rows = await db.searchOutbox.findMany({
        where: { indexName: index.name },
        orderBy: { id: 'asc' },
        take: BATCH,
      });
      if (rows.length === 0) return applied;
      const ids = [...new Set(rows.map((r) => r.documentId))];
      try {
        const docs = await Promise.all(ids.map((id) => documentOf(db, id)));
        const present = docs.filter((d): d is SearchDocument => d !== null);
        if (present.length) await index.upsert(present);
        const gone = ids.filter((_, i) => docs[i] === null);
        if (gone.length) await index.remove(gone);
        // Only the rows read are deleted: a change that arrived meanwhile is applied next round.
        await db.searchOutbox.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
        applied += ids.length;
      } catch (error) {
        await db.searchOutbox.updateMany({
          where: { id: { in: rows.map((r) => r.id) } },
          data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) },
        });
        passFailed = true;
        log.warn({ err: error, pending: rows.length }, 'search index unavailable; outbox kept for retry');
        return applied;
      }
    }
  }

  function drain(): Promise<number> {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        passFailed = false;
        total += await drainExclusively();
        // A write during a failed pass must not turn the loop into a hammering of a dead engine.
      } while (again && !passFailed);
      failures = passFailed ? failures + 1 : 0;
      retryAt = passFailed ? Date.now() + Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (failures - 1)) : 0;
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    drain,
    kick() {
      // Rows are kept while the engine is down; the next kick after the backoff picks them up.
      if (Date.now() < retryAt) return;
      drain().catch((error) => log.error({ err: error }, 'search outbox failed'));
    },
    async rebuild() {
      for (const { index, table } of feeds) {
        await index.ensureReady();
        prepared.add(index.name);
        await index.clear();
        await queueEveryDocument(sql, index.name, table);
      }
      return drain();
    },
    pending: () => db.searchOutbox.count({ where: { indexName: { in: names } } }),
  };
}
