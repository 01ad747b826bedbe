import { z } from 'zod';
import { uuidSchema } from './enums.js';
import {
  hintsSchema,
  outcomeFeedbackSchema,
  questionOptionSchema,
  questionStatementSchema,
  questionTypeSchema,
  shortAnswerSchema,
} from './question-model.js';

/**
 * A question in the bank. Its content is versioned (exams keep the version they used); its
 * metadata (subject, topic, level, tags...) describes the question and is edited in place.
 * HTML is sanitised by the API: math as `<span class="math" data-latex="…">`, images as
 * `/api/question-images/<sha256>`.
 */
/**
 * The elements question HTML may hold: what the API's sanitiser keeps, the web's second
 * allow-list renders and the editor's text form passes through verbatim.
 */
export const questionHtmlTags = [
  /** Links: `http:`/`https:` only, opened in a new tab (the API adds `rel`/`target`). */
  'a',
  'b',
  'br',
  'caption',
  'code',
  'col',
  'colgroup',
  'div',
  'em',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
] as const;

export const cognitiveLevels = ['biet', 'hieu', 'van_dung'] as const;
export const cognitiveLevelSchema = z.enum(cognitiveLevels);
export type CognitiveLevel = z.infer<typeof cognitiveLevelSchema>;

/** Derived from the sharing state: draft (private), submitted (waiting for a reviewer), approved. */
export const questionStatuses = ['draft', 'submitted', 'approved'] as const;
export const questionStatusSchema = z.enum(questionStatuses);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

const html = (max: number) => z.string().max(max);

/** One question's content, without children: a child of a group, or a question on its own. */
export const questionPartContentSchema = z.object({
  type: questionTypeSchema.exclude(['group']),
  stem: html(50_000),
  options: z.array(questionOptionSchema).max(8).default([]),
  statements: z.array(questionStatementSchema).max(4).default([]),
  answer: shortAnswerSchema.nullable().default(null),
  solution: html(50_000).nullable().default(null),
  /** Essays: the marking guide (hướng dẫn chấm) the teacher grades by. */
  rubric: html(20_000).nullable().default(null),
  feedback: outcomeFeedbackSchema.optional(),
  hints: hintsSchema.optional(),
});
export type QuestionPartContent = z.infer<typeof questionPartContentSchema>;

export const questionContentSchema = questionPartContentSchema.extend({
  type: questionTypeSchema,
  /** A group's questions sharing its stem (a reading passage, an experiment). */
  children: z.array(questionPartContentSchema).max(20).default([]),
});
export type QuestionContent = z.infer<typeof questionContentSchema>;
export type QuestionContentInput = z.input<typeof questionContentSchema>;

export const questionMetaSchema = z.object({
  subjectCode: z.string().min(1).max(60).nullable().default(null),
  grade: z.number().int().min(1).max(12).nullable().default(null),
  topicId: uuidSchema.nullable().default(null),
  /** Yêu cầu cần đạt. */
  learningOutcome: z.string().trim().max(1000).default(''),
  level: cognitiveLevelSchema.nullable().default(null),
  /** 1 (easy) to 5 (hard). */
  difficulty: z.number().int().min(1).max(5).nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  source: z.string().trim().max(300).default(''),
});
export type QuestionMeta = z.infer<typeof questionMetaSchema>;

export const questionInputSchema = z.object({
  content: questionContentSchema,
  meta: questionMetaSchema,
});
export type QuestionInput = z.input<typeof questionInputSchema>;
/** A question input once parsed (defaults filled): what the API's services receive. */
export type ParsedQuestionInput = z.output<typeof questionInputSchema>;
