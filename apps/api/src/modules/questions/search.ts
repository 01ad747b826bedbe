import type { questionSearchQuerySchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import type { SearchIndex } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../http/errors.js';
import { asApproved, seesPendingQuestion } from './approved-view.js';
import { bankViewer, questionInclude } from './load.js';
import { summaryOf } from './view.js';

type Query = z.output<typeof questionSearchQuerySchema>;
const FACETS = ['subjectCode', 'grade', 'topicId', 'level', 'type', 'status', 'scope'] as const;

/** The bank search: the engine filters by visibility and facets, the database fills the cards. */
export function createQuestionSearch(db: Db, index: SearchIndex, log: FastifyBaseLogger) {
  return async (actor: Actor, query: Query) => {
    const viewer = bankViewer(actor);
    const result = await index
      .search({
        text: query.q,
        audience: query.mine ? [`user:${actor.userId}`] : viewer,
        filters: Object.fromEntries(FACETS.map((facet) => [facet, query[facet] ?? []])),
        facets: [...FACETS],
        page: query.page,
        pageSize: query.pageSize,
      })
      .catch((error) => {
        log.warn({ err: error }, 'search engine unavailable');
        throw new AppError('SEARCH_UNAVAILABLE');
      });
    const ids = result.hits.map((h) => h.id);
    const rows = await db.question.findMany({
      where: { id: { in: ids }, deletedAt: null },
      include: questionInclude,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      items: ids.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        return [summaryOf(seesPendingQuestion(actor, row) ? row : asApproved(row))];
      }),
      total: result.total,
      totalCapped: result.totalCapped ?? false,
      facets: result.facets,
    };
  };
}
