import { materialFacets, type materialSearchQuerySchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, viewerTokens } from '@hoclieu/domain';
import type { SearchIndex } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import { createFacetedSearch } from '../../search/faceted-search.js';
import { classIdsOf } from './access.js';
import { asApproved, seesPendingMaterial } from './approved-view.js';
import { materialInclude } from './repository.js';
import { summaryOf } from './view.js';

type Query = z.output<typeof materialSearchQuerySchema>;

/** The library search: the engine filters by visibility and facets, the database fills the cards. */
export function createMaterialSearch(db: Db, index: SearchIndex, log: FastifyBaseLogger) {
  const search = createFacetedSearch(db, index, log, {
    kind: 'materials',
    facets: materialFacets,
    load: (ids) =>
      db.material.findMany({ where: { id: { in: ids }, deletedAt: null }, include: materialInclude }),
  });
  return async (actor: Actor, query: Query) => {
    const classIds = await classIdsOf(db, actor);
    return search(actor, query, viewerTokens(actor, classIds), (row) =>
      summaryOf(seesPendingMaterial(actor, row, classIds) ? row : asApproved(row)),
    );
  };
}
