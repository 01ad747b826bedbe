import type { Db } from '@hoclieu/db';
import { type Actor, viewerTokens } from '@hoclieu/domain';
import type { SearchIndex } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../http/errors.js';
import { asApproved, seesPendingMaterial } from './approved-view.js';
import { classIdsOf, materialInclude } from './load.js';
import { summaryOf } from './view.js';

interface Query {
  q: string;
  subjectCode?: string[] | undefined;
  grade?: number[] | undefined;
  type?: string[] | undefined;
  scope?: string[] | undefined;
  schoolId?: string[] | undefined;
  mine?: boolean | undefined;
  page: number;
  pageSize: number;
}

const FACETS = ['subjectCode', 'grade', 'type', 'scope', 'schoolId'];

/** The library search: the engine filters by visibility and facets, the database fills the cards. */
export function createMaterialSearch(db: Db, index: SearchIndex, log: FastifyBaseLogger) {
  return async (actor: Actor, query: Query) => {
    const classIds = await classIdsOf(db, actor);
    const audience = query.mine ? [`user:${actor.userId}`] : viewerTokens(actor, classIds);
    const result = await index
      .search({
        text: query.q,
        audience,
        filters: {
          subjectCode: query.subjectCode ?? [],
          grade: query.grade ?? [],
          type: query.type ?? [],
          scope: query.scope ?? [],
          schoolId: query.schoolId ?? [],
        },
        facets: FACETS,
        page: query.page,
        pageSize: query.pageSize,
      })
      .catch((error) => {
        log.warn({ err: error }, 'search engine unavailable');
        throw new AppError('SEARCH_UNAVAILABLE');
      });
    const ids = result.hits.map((h) => h.id);
    const rows = await db.material.findMany({
      where: { id: { in: ids }, deletedAt: null },
      include: materialInclude,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      items: ids.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        return [summaryOf(seesPendingMaterial(actor, row, classIds) ? row : asApproved(row))];
      }),
      total: result.total,
      totalCapped: result.totalCapped ?? false,
      facets: result.facets,
    };
  };
}
