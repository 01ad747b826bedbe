import {
  type endpoints,
  gradeSchema,
  materialTypeSchema,
  type QueryOf,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';

/** `a,b` in the address bar, a list in the app (a single number arrives parsed as a number). */
export const csvList = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((value) => {
      if (typeof value === 'string') return value.split(',').filter(Boolean);
      if (typeof value === 'number') return [value];
      return value;
    }, z.array(item).max(50))
    .optional()
    .catch(undefined);

/** The library's state in the URL: `/hoc-lieu?q=phan so&subject=toan&grade=6,7`. */
export const librarySearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  subject: csvList(z.string().min(1).max(60)),
  grade: csvList(gradeSchema),
  type: csvList(materialTypeSchema),
  scope: csvList(shareScopeSchema),
  school: csvList(z.uuid()),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type LibrarySearch = z.infer<typeof librarySearchSchema>;

/** The facets the API counts, and the URL parameter that filters each. */
export const facetNames = ['subjectCode', 'grade', 'type', 'scope', 'schoolId'] as const;
export type FacetName = (typeof facetNames)[number];
export const facetParam = {
  subjectCode: 'subject',
  grade: 'grade',
  type: 'type',
  scope: 'scope',
  schoolId: 'school',
} as const satisfies Record<FacetName, keyof LibrarySearch>;

/** The values of one facet chosen in the URL, as the strings the API's facet counts use. */
export function selectedValues(search: LibrarySearch, facet: FacetName): string[] {
  return (search[facetParam[facet]] ?? []).map(String);
}

const csv = (values: readonly (string | number)[] | undefined) =>
  values && values.length > 0 ? values.join(',') : undefined;

type SearchQuery = QueryOf<typeof endpoints.materials.search>;

/** The API query of a library view: facet lists become `a,b` parameters, empty ones are left out. */
export function materialSearchQuery(
  search: LibrarySearch,
  { mine, pageSize }: { mine: boolean; pageSize: number },
): SearchQuery {
  return {
    q: search.q?.trim() ?? '',
    subjectCode: csv(search.subject),
    grade: csv(search.grade),
    type: csv(search.type),
    scope: csv(search.scope),
    schoolId: csv(search.school),
    mine: mine ? 'true' : undefined,
    page: search.page ?? 1,
    pageSize,
  };
}

/** Adds or removes one facet value; an emptied list is dropped from the URL. */
export function toggleFacet(search: LibrarySearch, facet: FacetName, value: string): LibrarySearch {
  const current = selectedValues(search, facet);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const parsed = librarySearchSchema.shape[facetParam[facet]].parse(next.length ? next : undefined);
  return { ...search, [facetParam[facet]]: parsed, page: undefined };
}

export function hasFilters(search: LibrarySearch): boolean {
  return facetNames.some((facet) => selectedValues(search, facet).length > 0);
}

export function clearFilters(search: LibrarySearch): LibrarySearch {
  return { q: search.q };
}
