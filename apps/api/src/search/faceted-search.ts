import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { type SearchIndex, searchUnderstood } from '@hoclieu/search';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../http/errors.js';
import { cachedTeacherVocabulary } from './teacher-vocabulary.js';

/** What a faceted search reads from its query string: text, facet values, owner-only mode, page. */
export type FacetedQuery<Facet extends string> = {
  q: string;
  mine?: boolean | undefined;
  understand?: boolean | undefined;
  page: number;
  pageSize: number;
} & { [F in Facet]?: readonly (string | number)[] | undefined };

interface FacetedSearchOptions<Facet extends string, Row extends { id: string }> {
  kind: 'materials' | 'questions';
  facets: readonly Facet[];
  /** The rows behind the engine's hits (deleted ones left out); order does not matter. */
  load: (ids: string[]) => Promise<Row[]>;
}

/**
 * The library's and the bank's search: the engine filters by audience and facets (reading subject,
 * grade and type names in the text unless the teacher dropped that), the database fills the cards
 * in the engine's order.
 */
export function createFacetedSearch<Facet extends string, Row extends { id: string }>(
  db: Db,
  index: SearchIndex,
  log: FastifyBaseLogger,
  { kind, facets, load }: FacetedSearchOptions<Facet, Row>,
) {
  const vocabulary = cachedTeacherVocabulary(db, kind);
  /** `viewer`: the viewer's audience tokens, used unless the query asks for the actor's own items only. */
  return async <Card>(
    actor: Actor,
    query: FacetedQuery<Facet>,
    viewer: string[],
    card: (row: Row) => Card,
  ) => {
    const audience = query.mine ? [`user:${actor.userId}`] : viewer;
    const understanding = query.understand === false ? undefined : await vocabulary();
    const result = await searchUnderstood(
      index,
      {
        text: query.q,
        audience,
        filters: Object.fromEntries(facets.map((facet) => [facet, [...(query[facet] ?? [])]])),
        facets: [...facets],
        page: query.page,
        pageSize: query.pageSize,
      },
      understanding,
    ).catch((error) => {
      log.warn({ err: error }, 'search engine unavailable');
      throw new AppError('SEARCH_UNAVAILABLE');
    });
    const ids = result.hits.map((h) => h.id);
    const byId = new Map((await load(ids)).map((r) => [r.id, r]));
    return {
      items: ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [card(row)] : [];
      }),
      total: result.total,
      totalCapped: result.totalCapped ?? false,
      facets: result.facets,
      understood: result.understood.map(({ facet, value, label, words }) => ({ facet, value, label, words })),
      highlight: result.highlight,
    };
  };
}
