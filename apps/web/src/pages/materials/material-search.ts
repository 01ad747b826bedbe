import {
  type endpoints,
  type MaterialFacet,
  materialTypeSchema,
  type QueryOf,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';
import { csvList, urlFacets } from '../../components/facets/facet-params';
import {
  facetedSearchSchema,
  sameNamedParams,
  subjectGradeParams,
} from '../../components/facets/search-schema';

/** The library's state in the URL: `/hoc-lieu?q=phan so&subject=toan&grade=6,7`. */
export const librarySearchSchema = facetedSearchSchema({
  type: csvList(materialTypeSchema),
  scope: csvList(shareScopeSchema),
  school: csvList(z.uuid()),
});
export type LibrarySearch = z.infer<typeof librarySearchSchema>;

/** Each facet the API counts, filtered by its URL parameter. */
const libraryFacets = urlFacets<LibrarySearch, MaterialFacet>(librarySearchSchema, {
  ...subjectGradeParams,
  ...sameNamedParams('type', 'scope'),
  schoolId: 'school',
});

/** The values of one facet chosen in the URL, as the strings the API's facet counts use. */
export const selectedValues = libraryFacets.chosen;

/** The API query of a library view: facet lists become `a,b` parameters, empty ones are left out. */
export function materialSearchQuery(
  search: LibrarySearch,
  options: { mine: boolean; pageSize: number },
): QueryOf<typeof endpoints.materials.search> {
  return libraryFacets.apiQuery(search, options);
}

/** Adds or removes one facet value; an emptied list is dropped from the URL. */
export const toggleFacet = libraryFacets.toggled;

export const hasFilters = libraryFacets.filtered;

export function clearFilters(search: LibrarySearch): LibrarySearch {
  return { q: search.q };
}
