import { z } from 'zod';
import { uuidSchema } from './enums.js';
import { cognitiveLevelSchema, questionContentSchema } from './questions.js';

/** Exams (đề kiểm tra): questions pinned to versions, points, shuffling, matrix draws. */
export const paperPartSchema = z.enum(['I', 'II', 'III', 'essay']);
export type PaperPart = z.infer<typeof paperPartSchema>;

export const multipleSelectRuleSchema = z.enum(['all_or_nothing', 'proportional']);

export const examSettingsSchema = z.object({
  shuffleQuestions: z.boolean().default(true),
  /** Parts stay in order I, II, III, essay; questions shuffle inside their part. */
  withinParts: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  multipleSelect: multipleSelectRuleSchema.default('all_or_nothing'),
});
export type ExamSettings = z.infer<typeof examSettingsSchema>;

export const examHeaderSchema = z.object({
  /** "PHÒNG GDĐT TUYÊN HOÁ" */
  authority: z.string().trim().max(200).default(''),
  school: z.string().trim().max(200).default(''),
  schoolYear: z.string().trim().max(20).default(''),
});
export type ExamHeader = z.infer<typeof examHeaderSchema>;

export const examItemInputSchema = z.object({
  questionId: uuidSchema,
  /** Null: the 2025 default for the type (and subject). */
  points: z.number().min(0).max(10).nullable().default(null),
});

export const examInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  subjectCode: z.string().min(1).max(60),
  grade: z.number().int().min(1).max(12),
  durationMinutes: z.number().int().min(5).max(240).default(45),
  items: z.array(examItemInputSchema).min(1).max(200),
  settings: examSettingsSchema.default({
    shuffleQuestions: true,
    withinParts: true,
    shuffleOptions: true,
    multipleSelect: 'all_or_nothing',
  }),
  header: examHeaderSchema.default({ authority: '', school: '', schoolYear: '' }),
});
export type ExamInput = z.input<typeof examInputSchema>;

/** A corrected key for one item; saving it regrades every attempt (audited). */
export const keyCorrectionSchema = z.object({
  options: z.array(z.string().regex(/^[A-H]$/)).optional(),
  statements: z.partialRecord(z.enum(['a', 'b', 'c', 'd']), z.boolean()).optional(),
  accepted: z.array(z.string().trim().min(1).max(50)).max(10).optional(),
  reason: z.string().trim().min(3).max(500),
});

export const examItemSchema = z.object({
  /** Stable within the exam: "1", "2"...; a group's children are "3.1", "3.2" in answers. */
  key: z.string(),
  questionId: uuidSchema,
  /** The question version the exam uses: later edits of the question do not change the exam. */
  version: z.number().int(),
  part: paperPartSchema,
  points: z.number(),
  level: cognitiveLevelSchema.nullable(),
  topic: z.object({ id: uuidSchema, title: z.string() }).nullable(),
  /** With keys: exams are read by their authors and reviewers only. */
  content: questionContentSchema,
  /** Set after a key correction. */
  keyCorrected: z.boolean(),
});

export const examSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  subject: z.object({ code: z.string(), name: z.string() }),
  grade: z.number().int(),
  durationMinutes: z.number().int(),
  itemCount: z.number().int(),
  maxScore: z.number(),
  versionCodes: z.array(z.string()),
  assignmentCount: z.number().int(),
  author: z.object({ id: uuidSchema, fullName: z.string() }),
  updatedAt: z.string(),
});
export type ExamSummary = z.infer<typeof examSummarySchema>;

export const examDetailSchema = examSummarySchema.extend({
  items: z.array(examItemSchema),
  settings: examSettingsSchema,
  header: examHeaderSchema,
  /** Once assigned, items and versions are frozen (attempts refer to them); keys can still be corrected. */
  locked: z.boolean(),
});
export type ExamDetail = z.infer<typeof examDetailSchema>;

export const matrixCellSchema = z.object({
  topicId: uuidSchema.nullable(),
  type: z.enum(['single_choice', 'multiple_select', 'true_false_group', 'short_answer', 'essay']),
  level: cognitiveLevelSchema,
  /** Questions; for Đúng/Sai, statements (Công văn 7991 counts them per statement). */
  count: z.number().int().min(0).max(100),
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

export const matrixDrawSchema = z.object({
  subjectCode: z.string().min(1).max(60),
  grade: z.number().int().min(1).max(12),
  cells: z.array(matrixCellSchema).min(1).max(200),
  /** Same seed, same draw; a new seed draws again. */
  seed: z.string().max(100).optional(),
  /**
   * Prefer, in each cell, questions whose difficulty estimated from students' answers fits the level
   * (nhận biết: dễ, thông hiểu: trung bình, vận dụng: khó); others fill what they cannot.
   */
  preferEstimate: z.boolean().optional(),
});

export const matrixDrawResultSchema = z.object({
  seed: z.string(),
  picks: z.array(z.object({ cellIndex: z.number().int(), questionId: uuidSchema })),
  shortfalls: z.array(
    z.object({
      cellIndex: z.number().int(),
      wanted: z.number().int(),
      found: z.number().int(),
      reason: z.string(),
    }),
  ),
});
export type MatrixDrawResult = z.infer<typeof matrixDrawResultSchema>;
