import type { Db } from '@hoclieu/db';
import type { SearchDocument, SearchIndex } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';

const BATCH = 100;

async function documentOf(db: Db, materialId: string): Promise<SearchDocument | null> {
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

/**
 * Applies the transactional outbox to the search index: a material change and its outbox row
 * commit together, this worker replays the rows in order. When the engine is down the rows stay
 * and are retried, so writes never fail because of search and the index catches up afterwards.
 */
export interface SearchOutbox {
  /** Runs the worker now; resolves when the outbox is empty or the engine failed. */
  drain(): Promise<number>;
  /** Fire and forget after a write. */
  kick(): void;
  /** Empties the index and queues every material. */
  rebuild(): Promise<number>;
  pending(): Promise<number>;
}

export function createSearchOutbox(db: Db, index: SearchIndex, log: FastifyBaseLogger): SearchOutbox {
  let running: Promise<number> | null = null;
  let again = false;

  async function drainOnce(): Promise<number> {
    let applied = 0;
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
        log.warn({ err: error, pending: rows.length }, 'search index unavailable; outbox kept for retry');
        return applied;
      }
    }
  }

  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drainOnce();
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    drain,
    kick: () => void drain().catch((error) => log.error({ err: error }, 'search outbox failed')),
    async rebuild() {
      await index.clear();
      await db.$executeRaw`INSERT INTO "SearchOutbox" ("indexName", "documentId", operation)
        SELECT ${index.name}, id::text, 'upsert' FROM "Material" WHERE "deletedAt" IS NULL`;
      return drain();
    },
    pending: () => db.searchOutbox.count({ where: { indexName: index.name } }),
  };
}
