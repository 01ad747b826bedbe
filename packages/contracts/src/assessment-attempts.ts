import { z } from 'zod';
import { paperPartSchema } from './assessment-tests.js';
import { uuidSchema } from './enums.js';
import { questionTypeSchema } from './question-model.js';
import { questionContentSchema } from './questions.js';

/**
 * Assignments of tests to classes and students' attempts. Nothing a student receives before
 * release carries keys.
 */
export const releasePolicySchema = z.enum(['immediately', 'after_close', 'manual']);

export const assignmentInputSchema = z.object({
  classIds: z.array(uuidSchema).min(1).max(30),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  timeLimitMinutes: z.number().int().min(1).max(600),
  attemptsAllowed: z.number().int().min(1).max(10).default(1),
  releasePolicy: releasePolicySchema.default('after_close'),
  /** Tiết: the online-delivery record of each class counts this many periods (default 1). */
  periods: z.number().int().min(1).max(10).default(1),
  extraTime: z
    .array(z.object({ studentId: uuidSchema, minutes: z.number().int().min(1).max(240) }))
    .max(200)
    .default([]),
});
export type AssignmentInput = z.input<typeof assignmentInputSchema>;

export const assignmentSummarySchema = z.object({
  id: uuidSchema,
  testId: uuidSchema,
  title: z.string(),
  subject: z.object({ code: z.string(), name: z.string() }),
  classes: z.array(z.object({ id: uuidSchema, name: z.string() })),
  opensAt: z.string(),
  closesAt: z.string(),
  timeLimitMinutes: z.number().int(),
  attemptsAllowed: z.number().int(),
  releasePolicy: releasePolicySchema,
  released: z.boolean(),
  periods: z.number().int(),
  /** For students: their own attempts. */
  myAttempts: z.array(
    z.object({
      id: uuidSchema,
      status: z.enum(['open', 'submitted']),
      score: z.number().nullable(),
      maxScore: z.number(),
    }),
  ),
  /** For teachers. */
  submittedCount: z.number().int().nullable(),
  studentCount: z.number().int().nullable(),
});
export type AssignmentSummary = z.infer<typeof assignmentSummarySchema>;

/** An answer as the student gives it: original option labels, never the shuffled letters. */
export const studentAnswerSchema = z.object({
  choice: z
    .string()
    .regex(/^[A-H]$/)
    .optional(),
  choices: z
    .array(z.string().regex(/^[A-H]$/))
    .max(8)
    .optional(),
  statements: z.partialRecord(z.enum(['a', 'b', 'c', 'd']), z.boolean()).optional(),
  text: z.string().max(20_000).optional(),
});
export type StudentAnswerInput = z.infer<typeof studentAnswerSchema>;

/** One question of a student's paper: no correct flags, no solution, no rubric. */
const paperQuestionFields = {
  key: z.string(),
  type: questionTypeSchema,
  /** HTML with math already typeset by KaTeX on the server (the quiz page ships no math library). */
  stem: z.string(),
  options: z.array(z.object({ label: z.string(), display: z.string(), html: z.string() })),
  statements: z.array(z.object({ label: z.enum(['a', 'b', 'c', 'd']), html: z.string() })),
  points: z.number(),
};
export const paperQuestionSchema = z.object({
  ...paperQuestionFields,
  number: z.number().int(),
  part: paperPartSchema,
  children: z.array(z.object(paperQuestionFields)),
});
export type PaperQuestion = z.infer<typeof paperQuestionSchema>;

export const attemptViewSchema = z.object({
  id: uuidSchema,
  assignmentId: uuidSchema,
  title: z.string(),
  versionCode: z.string(),
  status: z.enum(['open', 'submitted']),
  startedAt: z.string(),
  /** The server's deadline; clients count down from `serverNow` to it, never from their own clock. */
  deadlineAt: z.string(),
  serverNow: z.string(),
  questions: z.array(paperQuestionSchema),
  /** What the server holds, by item key; `seq` is the highest save applied. */
  answers: z.record(z.string(), studentAnswerSchema),
  seq: z.number().int(),
});
export type AttemptView = z.infer<typeof attemptViewSchema>;

export const saveAnswersSchema = z.object({
  /** Per attempt, increasing with every change on the device; the server keeps the latest per item. */
  seq: z.number().int().min(1),
  answers: z
    .array(z.object({ key: z.string().max(20), answer: studentAnswerSchema.nullable() }))
    .min(1)
    .max(300),
});

export const itemResultSchema = z.object({
  key: z.string(),
  score: z.number(),
  max: z.number(),
  status: z.enum(['correct', 'partial', 'wrong', 'blank', 'manual']),
});

export const attemptResultSchema = z.object({
  id: uuidSchema,
  status: z.enum(['open', 'submitted']),
  submittedAt: z.string().nullable(),
  /** Null until results are released to the student. */
  score: z.number().nullable(),
  maxScore: z.number(),
  released: z.boolean(),
  /** After release: each question with the student's answer, the key and the solution. */
  review: z
    .array(
      z.object({
        key: z.string(),
        number: z.string(),
        content: questionContentSchema,
        answer: studentAnswerSchema.nullable(),
        result: itemResultSchema,
      }),
    )
    .nullable(),
});
export type AttemptResult = z.infer<typeof attemptResultSchema>;

export const assignmentResultsSchema = z.object({
  assignment: assignmentSummarySchema,
  maxScore: z.number(),
  students: z.array(
    z.object({
      studentId: uuidSchema,
      username: z.string(),
      fullName: z.string(),
      className: z.string(),
      attemptId: uuidSchema.nullable(),
      versionCode: z.string().nullable(),
      status: z.enum(['not_started', 'open', 'submitted']),
      score: z.number().nullable(),
      needsGrading: z.boolean(),
      submittedAt: z.string().nullable(),
    }),
  ),
  distribution: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
  items: z.array(
    z.object({
      key: z.string(),
      number: z.string(),
      type: questionTypeSchema,
      max: z.number(),
      facility: z.number().nullable(),
      discrimination: z.number().nullable(),
      optionCounts: z.record(z.string(), z.number().int()),
      correctLabels: z.array(z.string()),
    }),
  ),
});
export type AssignmentResults = z.infer<typeof assignmentResultsSchema>;
