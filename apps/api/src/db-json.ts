import {
  type ExamHeader,
  type ExamSettings,
  electivePeriodSchema,
  examHeaderSchema,
  examSettingsSchema,
  extraTimeEntrySchema,
  keyOverrideSchema,
  type LabelledAnswer,
  labelledAnswerSchema,
  type OrgImportError,
  type OrgSheetProgress,
  orgImportErrorSchema,
  orgImportProgressSchema,
  type QuestionContent,
  questionContentSchema,
  storedResultsSchema,
  type VersionLayout,
  versionLayoutSchema,
} from '@hoclieu/contracts';
import type { ExtraTime, ItemResult } from '@hoclieu/domain';
import { z } from 'zod';

/**
 * Every JSON column of packages/db/prisma/schema.prisma is read through one of these parsers, with
 * the schema from @hoclieu/contracts it was written through: a row whose JSON does not fit fails
 * here, by name, instead of flowing on under a cast. Parsing costs about a microsecond per value;
 * the heaviest reader, a teacher's results table, parses one answer per student and item.
 */

/** QuestionVersion.content */
export const contentOf = (v: { content: unknown }): QuestionContent => questionContentSchema.parse(v.content);

/** Exam.settings (defaults fill what older rows lack). */
export const settingsOf = (t: { settings: unknown }): ExamSettings => examSettingsSchema.parse(t.settings);

/** Exam.header */
export const headerOf = (t: { header: unknown }): ExamHeader => examHeaderSchema.parse(t.header);

/** ExamVersion.layout */
export const layoutOf = (v: { layout: unknown }): VersionLayout => versionLayoutSchema.parse(v.layout);

/** ExamItem.keyOverride: null when the key was never corrected. */
export const keyOverrideOf = (item: { keyOverride: unknown }): z.output<typeof keyOverrideSchema> | null =>
  item.keyOverride == null ? null : keyOverrideSchema.parse(item.keyOverride);

/** Attempt.results: empty until the attempt is graded. */
export const resultsOf = (attempt: { results: unknown }): Record<string, ItemResult> =>
  attempt.results == null ? {} : storedResultsSchema.parse(attempt.results);

/** AttemptAnswer.answer: null for an item left blank. */
export const answerOf = (row: { answer: unknown }): LabelledAnswer | null =>
  row.answer == null ? null : labelledAnswerSchema.parse(row.answer);

const electiveHistorySchema = z.array(electivePeriodSchema);

/** Class.electiveHistory: the earlier combinations, oldest first. */
export const electiveHistoryOf = (c: { electiveHistory: unknown }): z.output<typeof electiveHistorySchema> =>
  c.electiveHistory == null ? [] : electiveHistorySchema.parse(c.electiveHistory);

/**
 * Assignment.extraTime. Lenient as it always was: entries that do not fit are left out rather than
 * failing a student's attempt (the column is written through the assignment's input schema).
 */
export function extraTimeOf(a: { extraTime: unknown }): ExtraTime[] {
  if (!Array.isArray(a.extraTime)) return [];
  return a.extraTime.flatMap((entry) => {
    const parsed = extraTimeEntrySchema.safeParse(entry);
    return parsed.success ? [{ studentId: parsed.data.studentId, minutes: parsed.data.minutes }] : [];
  });
}

/** OrgImport.progress: null before the import started (the column's default `{}`). */
const startedSchema = z.object({ sheets: z.array(z.unknown()) });

export function progressOf(record: {
  progress: unknown;
}): { counted: boolean; sheets: OrgSheetProgress[] } | null {
  return startedSchema.safeParse(record.progress).success
    ? orgImportProgressSchema.parse(record.progress)
    : null;
}

const importErrorsSchema = z.array(orgImportErrorSchema);

/** OrgImport.errors: the row errors kept for the report. */
export const importErrorsOf = (record: { errors: unknown }): OrgImportError[] =>
  importErrorsSchema.parse(record.errors);

/** AuditEntry.details as the audit log shows it: an object, a bare value wrapped as `{ value }`. */
const detailsSchema = z.record(z.string(), z.unknown());

export function auditDetailsOf(entry: { details: unknown }): Record<string, unknown> {
  const details = detailsSchema.safeParse(entry.details);
  return details.success ? details.data : { value: entry.details };
}
