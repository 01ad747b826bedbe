import { z } from 'zod';
import { pageSchema } from './numbers.js';
import { facetCountsSchema, searchExplanationFields, understandParam } from './search-params.js';

/** The words searched for; empty lists everything the viewer may see. */
export const searchTextSchema = z.string().trim().max(200).default('');

/** What a faceted search takes after its facets: `mine=true` (only the viewer's own), understanding, paging. */
export const searchModeFields = (defaultPageSize: number) => ({
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  understand: understandParam,
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(100).default(defaultPageSize),
});

/** A faceted search's answer: one page of items, the total, counts per facet value and why they matched. */
export const facetedResultsSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    /** The total is a floor: more documents match than were counted ("more than 1,000"). */
    totalCapped: z.boolean().optional(),
    facets: facetCountsSchema,
    ...searchExplanationFields,
  });
