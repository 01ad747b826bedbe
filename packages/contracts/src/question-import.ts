import { z } from 'zod';
import { uuidSchema } from './enums.js';
import { questionContentSchema, questionInputSchema, questionMetaSchema } from './question-content.js';
import { importedQuestionSchema, importProblemSchema, questionFormatSchema } from './question-model.js';
import { similarQuestionSchema } from './question-summary.js';

/** Importing questions from files: the preview, the commit and its result, the pre-save check, the CLI's dry run. */

/** One question of an import preview, already in bank form (images stored, HTML sanitised). */
export const importPreviewItemSchema = z.object({
  /** As in the file: "Câu 3". */
  number: z.string(),
  content: questionContentSchema,
  meta: questionMetaSchema,
  problems: z.array(importProblemSchema),
  similar: z.array(similarQuestionSchema),
});
export type ImportPreviewItem = z.infer<typeof importPreviewItemSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: questionFormatSchema.nullable(),
  items: z.array(importPreviewItemSchema),
  /** File-level problems: not a real .docx, zip bomb, external entities... */
  problems: z.array(importProblemSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitSchema = z.object({
  items: z
    .array(questionInputSchema.extend({ number: z.string().max(40).default('') }))
    .min(1)
    .max(1000),
  /** Submit every imported question for school review at once. */
  submit: z.boolean().default(false),
});

export const importCommitResultSchema = z.object({
  created: z.array(z.object({ number: z.string(), id: uuidSchema })),
  /** Items left out, by their position in the request and number in the file; the others are kept. */
  failed: z.array(
    z.object({ index: z.number().int(), number: z.string(), problems: z.array(importProblemSchema) }),
  ),
});
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;

export const questionCheckSchema = z.object({
  problems: z.array(importProblemSchema),
  similar: z.array(similarQuestionSchema),
});

/** What `pnpm cli questions import --dry-run --json` prints: one file's parse, checked by this schema. */
export const questionImportDryRunSchema = z.object({
  file: z.string(),
  format: questionFormatSchema.nullable(),
  questions: z.array(importedQuestionSchema),
  images: z.array(z.object({ id: z.string(), contentType: z.string(), bytes: z.number().int() })),
  problems: z.array(importProblemSchema),
  summary: z.object({ questions: z.number().int(), errors: z.number().int(), warnings: z.number().int() }),
});
export type QuestionImportDryRun = z.infer<typeof questionImportDryRunSchema>;
