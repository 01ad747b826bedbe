import {
  cognitiveLevelSchema,
  type endpoints,
  gradeSchema,
  type QueryOf,
  questionStatusSchema,
  questionTypeSchema,
  shareScopeSchema,
} from '@hoclieu/contracts';
import { z } from 'zod';
import { csvList } from '../../materials/material-search';

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

/** The facets the API counts, and the URL parameter that filters each. */
export const bankFacets = ['subjectCode', 'grade', 'topicId', 'level', 'type', 'status', 'scope'] as const;
export type BankFacet = (typeof bankFacets)[number];
const facetParam = {
  subjectCode: 'subject',
  grade: 'grade',
  topicId: 'topic',
  level: 'level',
  type: 'type',
  status: 'status',
  scope: 'scope',
} as const satisfies Record<BankFacet, keyof BankSearch>;

/** The values of one facet chosen in the URL, as the strings the API's facet counts use. */
export function chosenValues(search: BankSearch, facet: BankFacet): string[] {
  return (search[facetParam[facet]] ?? []).map(String);
}

const csv = (values: readonly (string | number)[] | undefined) =>
  values && values.length > 0 ? values.join(',') : undefined;

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
export function toggleBankFacet(search: BankSearch, facet: BankFacet, value: string): BankSearch {
  const current = chosenValues(search, facet);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const parsed = bankSearchSchema.shape[facetParam[facet]].parse(next.length ? next : undefined);
  return { ...search, [facetParam[facet]]: parsed, page: undefined };
}

export const hasBankFilters = (search: BankSearch) =>
  bankFacets.some((facet) => chosenValues(search, facet).length > 0);

export const clearBankFilters = (search: BankSearch): BankSearch => ({ q: search.q, mine: search.mine });
