import { questionBankFacets, type questionSearchQuerySchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import type { SearchIndex } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import { createFacetedSearch } from '../../search/faceted-search.js';
import { bankViewer } from './access.js';
import { asApproved, seesPendingQuestion } from './approved-view.js';
import { questionInclude } from './repository.js';
import { summaryOf } from './view.js';

type Query = z.output<typeof questionSearchQuerySchema>;

/** The bank search: the engine filters by visibility and facets, the database fills the cards. */
export function createQuestionSearch(db: Db, index: SearchIndex, log: FastifyBaseLogger) {
  const search = createFacetedSearch(db, index, log, {
    kind: 'questions',
    facets: questionBankFacets,
    load: (ids) =>
      db.question.findMany({ where: { id: { in: ids }, deletedAt: null }, include: questionInclude }),
  });
  return async (actor: Actor, query: Query) =>
    search(actor, query, bankViewer(actor), (row) =>
      summaryOf(seesPendingQuestion(actor, row) ? row : asApproved(row)),
    );
}
