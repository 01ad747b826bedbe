import {
  cognitiveLevelSchema,
  type endpoints,
  gradeSchema,
  type QueryOf,
  type QuestionBankFacet,
  questionBankFacets,
  questionStatusSchema,
  questionTypeSchema,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';
import { chosenIn, csv, csvList, toggledIn } from '../../../components/facets/facet-params';

/** The bank's state in the URL: `/ngan-hang-cau-hoi?q=phan so&subject=toan&level=biet&mine=true`. */
export const bankSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  subject: csvList(z.string().min(1).max(60)),
  grade: csvList(gradeSchema),
  topic: csvList(z.uuid()),
  level: csvList(cognitiveLevelSchema),
  type: csvList(questionTypeSchema),
  status: csvList(questionStatusSchema),
  scope: csvList(shareScopeSchema),
  mine: z.boolean().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type BankSearch = z.infer<typeof bankSearchSchema>;

/** The URL parameter that filters each facet the API counts. */
const facetParam = {
  subjectCode: 'subject',
  grade: 'grade',
  topicId: 'topic',
  level: 'level',
  type: 'type',
  status: 'status',
  scope: 'scope',
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
    subjectCode: csv(search.subject),
    grade: csv(search.grade),
    topicId: csv(search.topic),
    level: csv(search.level),
    type: csv(search.type),
    status: csv(search.status),
    scope: csv(search.scope),
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
