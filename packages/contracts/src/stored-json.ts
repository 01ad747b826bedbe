import { z } from 'zod';
import { itemResultSchema } from './assessment-attempts.js';
import { orgSheetProgressSchema } from './org-imports.js';

/**
 * Shapes of the database's JSON columns that no endpoint carries as they are stored. The API reads
 * every JSON column through these schemas (apps/api/src/db-json.ts), never with a cast.
 */

/** Attempt.results: per item key, its score (the item's key is the record's key). */
export const storedResultsSchema = z.record(z.string(), itemResultSchema.omit({ key: true }));

/** ExamVersion.layout: the paper's item order and each item's option order. */
export const versionLayoutSchema = z.object({
  order: z.array(z.string()),
  options: z.record(z.string(), z.array(z.string())),
});
export type VersionLayout = z.infer<typeof versionLayoutSchema>;

/** A teacher's correction of one part's key after the exam was given. */
export const keyFixSchema = z.object({
  options: z.array(z.string()).optional(),
  statements: z.record(z.string(), z.boolean()).optional(),
  accepted: z.array(z.string()).optional(),
});

/** ExamItem.keyOverride: the item's own fix and, for a group, its children's by number ("1"…). */
export const keyOverrideSchema = keyFixSchema.extend({
  children: z.record(z.string(), keyFixSchema).optional(),
});

/** Class.electiveHistory: an earlier combination, in force before `until` (YYYY-MM-DD, exclusive). */
export const electivePeriodSchema = z.object({ until: z.string(), subjects: z.array(z.string()) });

/** One entry of Assignment.extraTime, as written through the assignment's input schema. */
export const extraTimeEntrySchema = z.object({ studentId: z.string(), minutes: z.number() });

/** OrgImport.progress once the import has started. */
export const orgImportProgressSchema = z.object({
  counted: z.boolean().default(false),
  sheets: z.array(orgSheetProgressSchema),
});
