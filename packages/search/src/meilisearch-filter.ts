import type { PreparedQuery } from './search-query.js';

/** Facet values sit under one `facets` object: making it filterable covers every facet name. */
export const facetField = (facet: string) => `facets.${facet}`;

/** A double-quoted Meilisearch filter string: backslashes and quotes escaped, nothing else special. */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * The filter of a search: the viewer's audience, then each facet filter, ANDed (array form).
 * Facet names were checked by prepareQuery, values are quoted: input cannot change the expression.
 */
export function searchFilter(query: PreparedQuery): string[] {
  const anyOf = (field: string, values: string[]) =>
    `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
  return [
    anyOf('audience', query.audience),
    ...query.filters.map(([facet, values]) => anyOf(facetField(facet), values)),
  ];
}
