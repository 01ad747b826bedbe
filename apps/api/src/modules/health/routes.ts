import { type Health, healthEndpoints, healthSchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { SearchEngine } from '@hoclieu/search';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyInstance } from 'fastify';
import { route } from '../../http/route.js';
import { databaseHealth } from './database-health.js';

interface Deps {
  db: Db;
  databaseKind: string;
  storage: BlobStore;
  search: SearchEngine;
}

export async function healthRoutes(app: FastifyInstance, { db, databaseKind, storage, search }: Deps) {
  route(
    app,
    healthEndpoints.health,
    async (_request, reply) => {
      const [database, storageState, searchState] = await Promise.all([
        databaseHealth(() => db.$queryRaw`SELECT 1`, databaseKind),
        storage.health().then((h) => ({ ...h, kind: storage.kind })),
        search.health().then((h) => ({ ...h, kind: search.kind })),
      ]);
      const others = [storageState, searchState];
      const status: Health['status'] =
        database.status === 'down' ? 'down' : others.some((s) => s.status === 'down') ? 'degraded' : 'ok';
      if (status === 'down') reply.code(503);
      return { status, database, storage: storageState, search: searchState };
    },
    { access: 'public', responses: { 503: healthSchema } },
  );
}
