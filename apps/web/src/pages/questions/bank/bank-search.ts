import {
  cognitiveLevelSchema,
  type endpoints,
  estimateBandSchema,
  type QueryOf,
  type QuestionBankFacet,
  questionStatusSchema,
  questionTypeSchema,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';
import { csvList, urlFacets } from '../../../components/facets/facet-params';
import {
  facetedSearchSchema,
  sameNamedParams,
  subjectGradeParams,
} from '../../../components/facets/search-schema';

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

/** Each facet the API counts, filtered by its URL parameter. */
const bankFacets = urlFacets<BankSearch, QuestionBankFacet>(bankSearchSchema, {
  ...subjectGradeParams,
  topicId: 'topic',
  ...sameNamedParams('level', 'type', 'status', 'scope', 'estimate'),
});

/** The values of one facet chosen in the URL, as the strings the API's facet counts use. */
export const chosenValues = bankFacets.chosen;

/** The API query of a bank view ("Của tôi" from the URL too). */
export const bankSearchQuery = (
  search: BankSearch,
  pageSize: number,
): QueryOf<typeof endpoints.questions.search> => bankFacets.apiQuery(search, { mine: search.mine, pageSize });

/** Adds or removes one facet value; an emptied list is dropped from the URL. */
export const toggleBankFacet = bankFacets.toggled;

export const hasBankFilters = bankFacets.filtered;

export const clearBankFilters = (search: BankSearch): BankSearch => ({ q: search.q, mine: search.mine });
