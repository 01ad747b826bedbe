import { z } from 'zod';

/** Facet -> value -> number of matches, as every search endpoint answers. */
export const facetCountsSchema = z.record(z.string(), z.record(z.string(), z.number()));

/** A filter given in the query string as "a,b,c" (or repeated): the values, checked one by one. */
export const csvParam = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
      z.array(item),
    )
    .optional();
