import { materialFacets, type materialSearchQuerySchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, viewerTokens } from '@hoclieu/domain';
import { type SearchIndex, searchUnderstood } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../http/errors.js';
import { cachedTeacherVocabulary } from '../../search/teacher-vocabulary.js';
import { classIdsOf } from './access.js';
import { asApproved, seesPendingMaterial } from './approved-view.js';
import { materialInclude } from './repository.js';
import { summaryOf } from './view.js';

type Query = z.output<typeof materialSearchQuerySchema>;

/** The library search: the engine filters by visibility and facets, the database fills the cards. */
export function createMaterialSearch(db: Db, index: SearchIndex, log: FastifyBaseLogger) {
  const vocabulary = cachedTeacherVocabulary(db, 'materials');
  return async (actor: Actor, query: Query) => {
    const classIds = await classIdsOf(db, actor);
    const audience = query.mine ? [`user:${actor.userId}`] : viewerTokens(actor, classIds);
    // Subject, grade and type names in the text filter by them, unless the teacher dropped that.
    const understanding = query.understand === false ? undefined : await vocabulary();
    const result = await searchUnderstood(
      index,
      {
        text: query.q,
        audience,
        filters: Object.fromEntries(materialFacets.map((facet) => [facet, query[facet] ?? []])),
        facets: [...materialFacets],
        page: query.page,
        pageSize: query.pageSize,
      },
      understanding,
    ).catch((error) => {
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
      understood: result.understood.map(({ facet, value, label, words }) => ({ facet, value, label, words })),
      highlight: result.highlight,
    };
  };
}
