import { z } from 'zod';
import { uuidSchema } from './enums.js';
import {
  approvalStatusSchema,
  reviewBlockSchema,
  shareScopeSchema,
  shareTrailEntrySchema,
} from './materials.js';
import {
  cognitiveLevelSchema,
  questionContentSchema,
  questionMetaSchema,
  questionStatusSchema,
} from './question-content.js';
import { questionTypeSchema } from './question-model.js';

/** How the bank shows a question: in a list, in full with its history and the viewer's permissions. */

export const similarQuestionSchema = z.object({
  id: uuidSchema,
  /** Plain text of the stem, shortened; formulas kept as `$…$` LaTeX for the web app to typeset. */
  stemText: z.string(),
  /** 0..1, trigram similarity of the folded stems. */
  similarity: z.number(),
});
export type SimilarQuestion = z.infer<typeof similarQuestionSchema>;

const named = z.object({ code: z.string(), name: z.string() });

export const questionSummarySchema = z.object({
  id: uuidSchema,
  type: questionTypeSchema,
  /** Sanitised HTML of the current version's stem (math as data-latex spans). */
  stem: z.string(),
  subject: named.nullable(),
  grade: z.number().int().nullable(),
  topic: z.object({ id: uuidSchema, title: z.string() }).nullable(),
  level: cognitiveLevelSchema.nullable(),
  difficulty: z.number().int().nullable(),
  /**
   * Difficulty estimated from students' practice and test answers (Elo, logit scale; the web shows
   * it as the chance of an average student, @hoclieu/domain `averageSuccess`); null before any answer.
   */
  estimatedDifficulty: z.number().nullable().default(null),
  /** How many answers the estimate rests on. */
  difficultyAnswers: z.number().int().default(0),
  tags: z.array(z.string()),
  status: questionStatusSchema,
  scope: shareScopeSchema,
  requestedScope: shareScopeSchema.nullable(),
  author: z.object({ id: uuidSchema, fullName: z.string() }),
  school: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  currentVersion: z.number().int(),
  updatedAt: z.string(),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const questionDetailSchema = questionSummarySchema.extend({
  content: questionContentSchema,
  meta: questionMetaSchema,
  rejectionReason: z.string().nullable(),
  versions: z.array(z.object({ number: z.number().int(), createdBy: z.string(), createdAt: z.string() })),
  decisions: z.array(shareTrailEntrySchema),
  permissions: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    /** `own_request`: nobody decides their own request (another reviewer or the level above does). */
    reviewBlocked: reviewBlockSchema.default(null),
  }),
  /** The scope a share request would ask for next, when the viewer may ask. */
  nextScope: shareScopeSchema.nullable(),
  approval: approvalStatusSchema.nullable().default(null),
});
export type QuestionDetail = z.infer<typeof questionDetailSchema>;
