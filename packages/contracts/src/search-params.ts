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

/**
 * `understand=false`: the teacher dropped what the search read from their words ("Đã hiểu: Toán ·
 * Lớp 6"), so the text is matched as typed. Absent: names of subjects, grades, types and levels in
 * the text filter by them.
 */
export const understandParam = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** A facet value the search read from the text and filtered by: "Toán" from "toan", "Lớp 6" from "L6". */
export const understoodFacetSchema = z.object({
  facet: z.string(),
  value: z.string(),
  /** Vietnamese name of the value, for the "Đã hiểu" line. */
  label: z.string(),
  /** The (diacritics-free) query words that named it. */
  words: z.array(z.string()),
});
export type UnderstoodFacet = z.infer<typeof understoodFacetSchema>;

/** Why the results matched: what was understood, and the words to highlight (diacritics-free). */
export const searchExplanationFields = {
  understood: z.array(understoodFacetSchema).default([]),
  highlight: z.array(z.string()).default([]),
};
