import { z } from 'zod';
import { paperPartSchema } from './assessment-exams.js';
import { MAX_EVENTS_PER_SAVE, pageEventSchema, supervisionSummarySchema } from './attempt-supervision.js';
import { uuidSchema } from './enums.js';
import { INT4_MAX } from './numbers.js';
import { questionTypeSchema } from './question-model.js';
import { questionContentSchema } from './questions.js';

/**
 * Assignments of exams to classes and students' attempts. Nothing a student receives before
 * release carries keys.
 */
/**
 * When students see their score and the keys (see @hoclieu/domain `releaseOf`): keys never while anyone
 * in the assignment can still answer, except `practice`, which shows them right after each submission.
 */
export const releasePolicySchema = z.enum(['after_close', 'immediately', 'manual', 'practice']);

export const assignmentInputSchema = z.object({
  classIds: z.array(uuidSchema).min(1).max(30),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  timeLimitMinutes: z.number().int().min(1).max(600),
  attemptsAllowed: z.number().int().min(1).max(10).default(1),
  releasePolicy: releasePolicySchema.default('after_close'),
  /** Tiết: the online-delivery record of each class counts this many periods (default 1). */
  periods: z.number().int().min(1).max(10).default(1),
  /** Một thiết bị: another device needs the teacher's unlock to continue an attempt. */
  oneDevice: z.boolean().default(false),
  extraTime: z
    .array(z.object({ studentId: uuidSchema, minutes: z.number().int().min(1).max(240) }))
    .max(200)
    .default([]),
});
export type AssignmentInput = z.input<typeof assignmentInputSchema>;

export const assignmentSummarySchema = z.object({
  id: uuidSchema,
  examId: uuidSchema,
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
  oneDevice: z.boolean(),
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

/**
 * An option of a student's paper on the wire: an opaque id, different in every attempt (see the API's
 * option-ids.ts). The student never sends or receives an option's original letter, so students on
 * different mã đề cannot share answers by letter; a bare letter is refused.
 */
export const optionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8}$/);
const optionLetterSchema = z.string().regex(/^[A-H]$/);
const answerFields = {
  statements: z.partialRecord(z.enum(['a', 'b', 'c', 'd']), z.boolean()).optional(),
  text: z.string().max(20_000).optional(),
};

/** An answer as the student gives it: options by this attempt's ids, never by letter. */
export const studentAnswerSchema = z.object({
  choice: optionIdSchema.optional(),
  choices: z.array(optionIdSchema).max(8).optional(),
  ...answerFields,
});
/**
 * An answer by option letters: stored, graded and corrected by the exam's original letters; shown in
 * a review by the letters printed on that student's paper.
 */
export const labelledAnswerSchema = z.object({
  choice: optionLetterSchema.optional(),
  choices: z.array(optionLetterSchema).max(8).optional(),
  ...answerFields,
});
export type LabelledAnswer = z.infer<typeof labelledAnswerSchema>;
export type StudentAnswerInput = z.infer<typeof studentAnswerSchema>;

/** One question of a student's paper: no correct flags, no solution, no rubric. */
const paperQuestionFields = {
  key: z.string(),
  type: questionTypeSchema,
  /** HTML with math already typeset by KaTeX on the server (the quiz page ships no math library). */
  stem: z.string(),
  /** Options in this paper's order: the attempt's id and the letter printed (A, B, C…), no original letter. */
  options: z.array(z.object({ id: z.string(), display: z.string(), html: z.string() })),
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
  seq: z.number().int().min(0).max(INT4_MAX),
  /** May be empty when the save carries only supervision events (the page left before any answer). */
  answers: z.array(z.object({ key: z.string().max(20), answer: studentAnswerSchema.nullable() })).max(300),
  /** Absences from the page since the last acknowledged save (exam supervision). */
  events: z.array(pageEventSchema).max(MAX_EVENTS_PER_SAVE).default([]),
});

export const itemResultSchema = z.object({
  key: z.string(),
  score: z.number(),
  max: z.number(),
  status: z.enum(['correct', 'partial', 'wrong', 'blank', 'manual']),
});

/** A question of a submitted paper as the student answered it, before the keys are released. */
export const ownAnswerSchema = z.object({
  key: z.string(),
  number: z.string(),
  type: questionTypeSchema,
  stem: z.string(),
  /** Options in the paper's order by the letter printed on it, like the answer. */
  options: z.array(z.object({ display: z.string(), html: z.string() })),
  statements: z.array(z.object({ label: z.enum(['a', 'b', 'c', 'd']), html: z.string() })),
  /** By the letters printed on the student's paper. */
  answer: labelledAnswerSchema.nullable(),
});
export type OwnAnswer = z.infer<typeof ownAnswerSchema>;

/**
 * - `classmates_answering`: someone in the assignment can still save (extra time, grace) until `until`.
 * - `retake_left`: the student may still start another attempt.
 * - `not_released`: the teacher has not released the results.
 */
export const reviewHoldSchema = z.object({
  reason: z.enum(['classmates_answering', 'retake_left', 'not_released']),
  until: z.string().nullable(),
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
        /** Options in the order and with the letters of the student's paper (its mã đề). */
        content: questionContentSchema,
        /** By the letters of the student's paper, like `content`. */
        answer: labelledAnswerSchema.nullable(),
        result: itemResultSchema,
      }),
    )
    .nullable(),
  /**
   * Once the score is out but the keys are held: each question with the student's own answer and
   * nothing of the key (no correct flags, accepted answers, solutions, rubrics, per-question marks).
   */
  ownAnswers: z.array(ownAnswerSchema).nullable(),
  /** Why `review` is null for a submitted attempt, and until when if that is known. */
  reviewHold: reviewHoldSchema.nullable(),
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
      /** Exam supervision of the attempt shown (null before one is started). */
      supervision: supervisionSummarySchema.nullable(),
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
      /**
       * Counted across every mã đề by the option's letter in the exam as written (đề gốc): the same
       * content is one count whatever letter each paper printed it under; `versions` gives those letters.
       */
      optionCounts: z.record(z.string(), z.number().int()),
      correctLabels: z.array(z.string()),
      /** Answers still waiting for hand grading: left out of facility and discrimination. */
      ungraded: z.number().int().default(0),
      /** A short answer: the typed answers as the grader reads them, most frequent first. */
      responses: z
        .object({
          top: z.array(z.object({ text: z.string(), count: z.number().int(), credit: z.number() })),
          other: z.number().int(),
          blank: z.number().int(),
        })
        .nullable()
        .default(null),
      /** An essay: graded scores in bands of the points (shares 0..1), the ungraded counted apart. */
      essayBands: z
        .object({
          bands: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
          ungraded: z.number().int(),
        })
        .nullable()
        .default(null),
      /** Per mã đề: the question's number on that paper and each original letter's printed letter. */
      versions: z.array(
        z.object({ code: z.string(), number: z.string(), letters: z.record(z.string(), z.string()) }),
      ),
    }),
  ),
});
export type AssignmentResults = z.infer<typeof assignmentResultsSchema>;
