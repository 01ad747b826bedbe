import {
  cognitiveLevelSchema,
  type endpoints,
  estimateBandSchema,
  type QueryOf,
  type QuestionBankFacet,
  questionBankFacets,
  questionStatusSchema,
  questionTypeSchema,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';
import { chosenIn, csvList, facetQuery, toggledIn } from '../../../components/facets/facet-params';
import { facetedSearchSchema, subjectGradeParams } from '../../../components/facets/search-schema';

/** The bank's state in the URL: `/ngan-hang-cau-hoi?q=phan so&subject=toan&level=biet&mine=true`. */
export const bankSearchSchema = facetedSearchSchema({
  topic: csvList(z.uuid()),
  level: csvList(cognitiveLevelSchema),
  type: csvList(questionTypeSchema),
  status: csvList(questionStatusSchema),
  scope: csvList(shareScopeSchema),
  estimate: csvList(estimateBandSchema),
  mine: z.boolean().optional().catch(undefined),
});
export type BankSearch = z.infer<typeof bankSearchSchema>;

/** The URL parameter that filters each facet the API counts. */
const facetParam = {
  ...subjectGradeParams,
  topicId: 'topic',
  level: 'level',
  type: 'type',
  status: 'status',
  scope: 'scope',
  estimate: 'estimate',
} as const satisfies Record<QuestionBankFacet, keyof BankSearch>;

/** The values of one facet chosen in the URL, as the strings the API's facet counts use. */
export function chosenValues(search: BankSearch, facet: QuestionBankFacet): string[] {
  return chosenIn(search, facetParam[facet]);
}

/** The API query of a bank view: facet lists become `a,b` parameters, empty ones are left out. */
export function bankSearchQuery(
  search: BankSearch,
  pageSize: number,
): QueryOf<typeof endpoints.questions.search> {
  return {
    q: search.q?.trim() ?? '',
    ...facetQuery(search, facetParam),
    mine: search.mine ? 'true' : undefined,
    page: search.page ?? 1,
    pageSize,
  };
}

/** Adds or removes one facet value; an emptied list is dropped from the URL. */
export function toggleBankFacet(search: BankSearch, facet: QuestionBankFacet, value: string): BankSearch {
  return toggledIn(bankSearchSchema, search, facetParam[facet], value);
}

export const hasBankFilters = (search: BankSearch) =>
  questionBankFacets.some((facet) => chosenValues(search, facet).length > 0);

export const clearBankFilters = (search: BankSearch): BankSearch => ({ q: search.q, mine: search.mine });
