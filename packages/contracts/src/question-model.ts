import { z } from 'zod';

/**
 * A question bank item as read from a file (Word, Aiken, GIFT, Moodle XML, QTI), before it is
 * stored. HTML fragments use a small vocabulary: text, <strong>/<em>/<u>, <br>, <p>, tables,
 * images as `<img src="embedded:IMAGE_ID">` (the bytes travel in `importResult.images`) and math
 * as `<span class="math" data-latex="...">` (inline) or `<div class="math" data-latex="...">`.
 */
export const questionTypeSchema = z.enum([
  'single_choice',
  'multiple_select',
  'true_false_group',
  'short_answer',
  'essay',
  'group',
]);
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** Phần I / II / III of the 2025 paper format. */
export const questionPartSchema = z.enum(['I', 'II', 'III']).nullable();
export type QuestionPart = z.infer<typeof questionPartSchema>;

/** Cognitive level (mức độ) on the 2025 three-level scale; the older four levels are mapped onto it. */
export const questionLevelSchema = z.enum(['biet', 'hieu', 'van_dung']).nullable();
export type QuestionLevel = z.infer<typeof questionLevelSchema>;

export const importProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string().min(1),
  /** Vietnamese, shown to the teacher as is. */
  message: z.string(),
  /** Where in the source: "Câu 3", "đoạn 27", "dòng 12". */
  location: z.string().nullable(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const optionLabelSchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
/**
 * Share of a question's points, -1..1 (Moodle fractions, GIFT `%50%`, QTI response mapping).
 * Absent, it follows `correct`: 1 for a correct option or accepted answer, 0 otherwise.
 */
export const creditSchema = z.number().min(-1).max(1);

/** Feedback HTML shown with the solution, only once the keys are released. */
const feedbackHtml = z.string().max(10_000);

export const questionOptionSchema = z.object({
  label: optionLabelSchema,
  html: z.string(),
  /** Part of the best answer (the key shown to the teacher and printed). */
  correct: z.boolean(),
  /**
   * Single choice: the share earned by choosing this option (a 50 % distractor has `correct:
   * false, credit: 0.5`). Multiple select: the chosen options' credits are summed, then held
   * between 0 and 1 (negative credits punish wrong picks); the exam's multiple-select rule
   * applies only to questions none of whose options carries a credit.
   */
  credit: creditSchema.optional(),
  /** Shown beside this option when a student chose it (Moodle answer feedback, GIFT `#`). */
  feedback: feedbackHtml.optional(),
});
export type QuestionOption = z.infer<typeof questionOptionSchema>;

export const statementLabelSchema = z.enum(['a', 'b', 'c', 'd']);
export const questionStatementSchema = z.object({
  label: statementLabelSchema,
  html: z.string(),
  correct: z.boolean(),
});
export type QuestionStatement = z.infer<typeof questionStatementSchema>;

const toleranceSchema = z.number().nonnegative().max(1e9).nullable();

/** One more answer scored on its own: its credit (0.001..1, a share of the points), tolerance and feedback. */
export const creditedAnswerSchema = z.object({
  text: z.string(),
  credit: z.number().min(0.001).max(1),
  tolerance: toleranceSchema,
  feedback: feedbackHtml.optional(),
});
export type CreditedAnswer = z.infer<typeof creditedAnswerSchema>;

export const shortAnswerSchema = z.object({
  /** Accepted answers as written ("0,5"); graders compare numbers, so "0,5" and "0.5" are equal. */
  accepted: z.array(z.string()),
  /** Of the `accepted` answers. */
  tolerance: toleranceSchema,
  /**
   * Answers with their own credit, tolerance or feedback (Moodle answers with fractions or
   * several tolerances, GIFT `=%50%2`, QTI mapped values). A typed answer earns the best of the
   * matches: 1 for an accepted answer, else the best credited one. Zero-credit answers (Moodle's
   * `*` catch-all for "any other answer") are never stored here: they never accept.
   */
  credited: z.array(creditedAnswerSchema).max(20).optional(),
});
export type ShortAnswer = z.infer<typeof shortAnswerSchema>;

/**
 * Feedback by outcome (Moodle's combined feedback, QTI modal feedback), shown with the solution
 * once the keys are released.
 */
export const outcomeFeedbackSchema = z.object({
  correct: feedbackHtml.optional(),
  partial: feedbackHtml.optional(),
  incorrect: feedbackHtml.optional(),
});
export type OutcomeFeedback = z.infer<typeof outcomeFeedbackSchema>;

/** Hints (Moodle `<hint>`), shown with the solution once the keys are released. */
export const hintsSchema = z.array(feedbackHtml).max(10);

const questionFields = {
  /** As in the source: "Câu 3", "Bài 2", "3". */
  number: z.string(),
  part: questionPartSchema,
  type: questionTypeSchema,
  stem: z.string(),
  options: z.array(questionOptionSchema),
  statements: z.array(questionStatementSchema),
  answer: shortAnswerSchema.nullable(),
  solution: z.string().nullable(),
  /** Essays: the marking guide (hướng dẫn chấm), e.g. Moodle's `<graderinfo>`. */
  rubric: z.string().optional(),
  feedback: outcomeFeedbackSchema.optional(),
  hints: hintsSchema.optional(),
  level: questionLevelSchema,
  /**
   * Subject, grade, topic, title... when the format carries them. Known keys: `tags` (string[],
   * become the question's tags), `category` (Moodle), `points` (number, "(0,5 điểm)").
   */
  metadata: z.record(z.string(), z.unknown()),
  problems: z.array(importProblemSchema),
};

export interface ImportedQuestion {
  number: string;
  part: QuestionPart;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  statements: QuestionStatement[];
  answer: ShortAnswer | null;
  solution: string | null;
  /** Essays: the marking guide (hướng dẫn chấm), e.g. Moodle's `<graderinfo>`. */
  rubric?: string;
  feedback?: OutcomeFeedback;
  hints?: string[];
  level: QuestionLevel;
  metadata: Record<string, unknown>;
  problems: ImportProblem[];
  /** Child questions of a `group` (a shared stem); empty otherwise. */
  children: ImportedQuestion[];
}

export const importedQuestionSchema: z.ZodType<ImportedQuestion> = z.object({
  ...questionFields,
  get children() {
    return z.array(importedQuestionSchema);
  },
});

export const questionFormatSchema = z.enum(['docx', 'aiken', 'gift', 'moodle_xml', 'qti']);
export type QuestionFormat = z.infer<typeof questionFormatSchema>;

export const importedImageSchema = z.object({
  /** Referenced from HTML as `embedded:ID`. */
  id: z.string().min(1),
  contentType: z.string(),
  dataBase64: z.string(),
});
export type ImportedImage = z.infer<typeof importedImageSchema>;

export const importResultSchema = z.object({
  format: questionFormatSchema.nullable(),
  questions: z.array(importedQuestionSchema),
  images: z.array(importedImageSchema),
  /** File-level problems (not a real .docx, zip bomb, answer key for a missing question...). */
  problems: z.array(importProblemSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;
