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

/** A list as one `a,b` API parameter; an empty list is left out. */
const csv = (values: readonly (string | number)[] | undefined) =>
  values && values.length > 0 ? values.join(',') : undefined;

type ListParams<S> = {
  [K in keyof S]-?: NonNullable<S[K]> extends readonly (string | number)[] ? K : never;
}[keyof S];

/** The values chosen in one URL list, as the strings the API's facet counts use. */
function chosenIn<S extends object>(search: S, param: ListParams<S>): string[] {
  return ((search[param] as readonly (string | number)[] | undefined) ?? []).map(String);
}

/** Every facet's chosen values as one `a,b` API parameter each, named as the API names the facet. */
function facetQuery<S extends object, F extends string>(
  search: S,
  params: Record<F, ListParams<S>>,
): Partial<Record<F, string>> {
  const query: Partial<Record<F, string>> = {};
  for (const facet of Object.keys(params) as F[]) query[facet] = csv(chosenIn(search, params[facet]));
  return query;
}

/** Adds or removes one value of a URL list (parsed by its schema); an emptied list is dropped, paging restarts. */
function toggledIn<S extends object>(
  schema: { shape: Record<ListParams<S>, z.ZodType> },
  search: S,
  param: ListParams<S>,
  value: string,
): S {
  const current = chosenIn(search, param);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const parsed = schema.shape[param].parse(next.length ? next : undefined);
  return { ...search, [param]: parsed, page: undefined };
}

/**
 * One search page's facets, each read from its URL list: the values chosen, a value toggled, whether any
 * is chosen, and the API query of a page of results.
 */
export function urlFacets<S extends { q?: string | undefined; page?: number | undefined }, F extends string>(
  schema: { shape: Record<ListParams<S>, z.ZodType> },
  params: Record<F, ListParams<S>>,
) {
  const facets = Object.keys(params) as F[];
  const chosen = (search: S, facet: F): string[] => chosenIn(search, params[facet]);
  return {
    chosen,
    toggled: (search: S, facet: F, value: string): S => toggledIn(schema, search, params[facet], value),
    filtered: (search: S): boolean => facets.some((facet) => chosen(search, facet).length > 0),
    /** Facet lists become `a,b` parameters, empty ones are left out. */
    apiQuery: (search: S, { mine, pageSize }: { mine: boolean | undefined; pageSize: number }) => ({
      q: search.q?.trim() ?? '',
      ...facetQuery(search, params),
      mine: mine ? ('true' as const) : undefined,
      page: search.page ?? 1,
      pageSize,
    }),
  };
}
