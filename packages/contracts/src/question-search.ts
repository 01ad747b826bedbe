import { z } from 'zod';
import { gradeSchema, uuidSchema } from './enums.js';
import { searchModeFields, searchTextSchema } from './faceted-search.js';
import { shareScopeSchema } from './materials.js';
import { cognitiveLevelSchema, questionStatusSchema } from './question-content.js';
import { questionTypeSchema } from './question-model.js';
import { csvParam } from './search-params.js';

/** A question's estimated difficulty as the bank filters it: dễ, trung bình, khó, or not yet estimated. */
export const estimateBands = ['easy', 'medium', 'hard', 'none'] as const;
export const estimateBandSchema = z.enum(estimateBands);

export const questionSearchQuerySchema = z.object({
  q: searchTextSchema,
  subjectCode: csvParam(z.string()),
  grade: csvParam(gradeSchema),
  topicId: csvParam(uuidSchema),
  level: csvParam(cognitiveLevelSchema),
  type: csvParam(questionTypeSchema),
  status: csvParam(questionStatusSchema),
  scope: csvParam(shareScopeSchema),
  estimate: csvParam(estimateBandSchema),
  ...searchModeFields(20),
});
export type QuestionSearchQuery = z.input<typeof questionSearchQuerySchema>;

/** The bank's facets: the search engine counts and filters by them, the web shows them as filters. */
export const questionBankFacets = [
  'subjectCode',
  'grade',
  'topicId',
  'level',
  'type',
  'status',
  'scope',
  'estimate',
] as const;
export type QuestionBankFacet = (typeof questionBankFacets)[number];
