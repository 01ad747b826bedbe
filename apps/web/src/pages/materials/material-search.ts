import {
  type endpoints,
  type MaterialFacet,
  materialFacets,
  materialTypeSchema,
  type QueryOf,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';
import { chosenIn, csvList, facetQuery, toggledIn } from '../../components/facets/facet-params';
import { facetedSearchSchema, subjectGradeParams } from '../../components/facets/search-schema';

/** The library's state in the URL: `/hoc-lieu?q=phan so&subject=toan&grade=6,7`. */
export const librarySearchSchema = facetedSearchSchema({
  type: csvList(materialTypeSchema),
  scope: csvList(shareScopeSchema),
  school: csvList(z.uuid()),
});
export type LibrarySearch = z.infer<typeof librarySearchSchema>;

/** The URL parameter that filters each facet the API counts. */
const facetParam = {
  ...subjectGradeParams,
  type: 'type',
  scope: 'scope',
  schoolId: 'school',
} as const satisfies Record<MaterialFacet, keyof LibrarySearch>;

/** The values of one facet chosen in the URL, as the strings the API's facet counts use. */
export function selectedValues(search: LibrarySearch, facet: MaterialFacet): string[] {
  return chosenIn(search, facetParam[facet]);
}

type SearchQuery = QueryOf<typeof endpoints.materials.search>;

/** The API query of a library view: facet lists become `a,b` parameters, empty ones are left out. */
export function materialSearchQuery(
  search: LibrarySearch,
  { mine, pageSize }: { mine: boolean; pageSize: number },
): SearchQuery {
  return {
    q: search.q?.trim() ?? '',
    ...facetQuery(search, facetParam),
    mine: mine ? 'true' : undefined,
    page: search.page ?? 1,
    pageSize,
  };
}

/** Adds or removes one facet value; an emptied list is dropped from the URL. */
export function toggleFacet(search: LibrarySearch, facet: MaterialFacet, value: string): LibrarySearch {
  return toggledIn(librarySearchSchema, search, facetParam[facet], value);
}

export function hasFilters(search: LibrarySearch): boolean {
  return materialFacets.some((facet) => selectedValues(search, facet).length > 0);
}

export function clearFilters(search: LibrarySearch): LibrarySearch {
  return { q: search.q };
}
