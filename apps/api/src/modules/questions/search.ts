import { questionBankFacets, type questionSearchQuerySchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { type SearchIndex, searchUnderstood } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../http/errors.js';
import { cachedTeacherVocabulary } from '../../search/teacher-vocabulary.js';
import { bankViewer } from './access.js';
import { asApproved, seesPendingQuestion } from './approved-view.js';
import { questionInclude } from './repository.js';
import { summaryOf } from './view.js';

type Query = z.output<typeof questionSearchQuerySchema>;

/** The bank search: the engine filters by visibility and facets, the database fills the cards. */
export function createQuestionSearch(db: Db, index: SearchIndex, log: FastifyBaseLogger) {
  const vocabulary = cachedTeacherVocabulary(db, 'questions');
  return async (actor: Actor, query: Query) => {
    const viewer = bankViewer(actor);
    // Subject, grade, level and type names in the text filter by them, unless the teacher dropped that.
    const understanding = query.understand === false ? undefined : await vocabulary();
    const result = await searchUnderstood(
      index,
      {
        text: query.q,
        audience: query.mine ? [`user:${actor.userId}`] : viewer,
        filters: Object.fromEntries(questionBankFacets.map((facet) => [facet, query[facet] ?? []])),
        facets: [...questionBankFacets],
        page: query.page,
        pageSize: query.pageSize,
      },
      understanding,
    ).catch((error) => {
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
      understood: result.understood.map(({ facet, value, label, words }) => ({ facet, value, label, words })),
      highlight: result.highlight,
    };
  };
}
