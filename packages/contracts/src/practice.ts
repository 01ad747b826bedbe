import { z } from 'zod';
import { labelledAnswerSchema, paperQuestionSchema } from './assessment-attempts.js';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { practicePaths } from './paths/practice-paths.js';

/**
 * Luyện tập, the student's side: one bank question at a time chosen by the student's mastery of its
 * topic (Elo), immediate feedback with the key and the solution, wrong answers back on a spaced
 * schedule (FSRS). Mastery is the chance (0..1) of answering a question of average difficulty right.
 */

const tags = ['practice'];

/** A topic as the practice page names it. */
export const practiceTopicSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  subject: z.object({ code: z.string(), name: z.string() }),
  grade: z.number().int(),
});
export type PracticeTopic = z.infer<typeof practiceTopicSchema>;

/**
 * The question as the student sees it: no correct flag, credit, accepted answer, feedback or solution.
 * Shaped like an item of a quiz paper (the same answer inputs draw it); options by their letter.
 */
export const practiceQuestionSchema = paperQuestionSchema.omit({ number: true, part: true, children: true });
export type PracticeQuestion = z.infer<typeof practiceQuestionSchema>;

export const practiceNextQuerySchema = z.object({
  /** A topic the student chose; absent: "what I should practise next" (due reviews, then the weakest topic). */
  topicId: uuidSchema.optional(),
  /** Limits "what next" to one subject. */
  subjectCode: z.string().min(1).max(60).optional(),
});
export type PracticeNextQuery = z.infer<typeof practiceNextQuerySchema>;

export const practiceNextSchema = z.object({
  /** Null when nothing is left to practise for the choice. */
  item: z
    .object({
      /** The server's signed note that it served this question to this student: the answer carries it back. */
      ticket: z.string(),
      question: practiceQuestionSchema,
      topic: practiceTopicSchema,
      /** A question answered wrong before, due again on its spaced schedule. */
      review: z.boolean(),
      /** The student's mastery of the topic before answering, 0..1. */
      mastery: z.number(),
    })
    .nullable(),
});
export type PracticeNext = z.infer<typeof practiceNextSchema>;

export const practiceAnswerInputSchema = z.object({
  /** Chosen by the page once per answer: a retry with the same id is counted once. */
  answerId: uuidSchema,
  ticket: z.string().min(1).max(1000),
  /** Options by their letter (the practice question shows them unshuffled). */
  answer: labelledAnswerSchema,
});
export type PracticeAnswerInput = z.infer<typeof practiceAnswerInputSchema>;

export const practiceFeedbackSchema = z.object({
  answerId: uuidSchema,
  questionId: uuidSchema,
  status: z.enum(['correct', 'partial', 'wrong', 'blank']),
  /** Share of the points earned, 0..1. */
  score: z.number(),
  /** The key, by letter: the correct option(s), each statement's truth, the first accepted answer. */
  key: labelledAnswerSchema,
  /** The solution (typeset HTML), null when the question has none. */
  solution: z.string().nullable(),
  mastery: z.object({ topicId: uuidSchema, before: z.number(), after: z.number() }),
  /** When a question answered wrong comes back; null when it is not scheduled. */
  reviewAt: z.string().nullable(),
});
export type PracticeFeedback = z.infer<typeof practiceFeedbackSchema>;

export const practiceProgressSchema = z.object({
  /** Topics with questions to practise or with the student's answers; subject, grade, then title order. */
  topics: z.array(
    practiceTopicSchema.extend({
      /** Null before the first answer on the topic. */
      mastery: z.number().nullable(),
      answers: z.number().int(),
      correct: z.number().int(),
      /** Questions answered wrong that are due again now. */
      dueReviews: z.number().int(),
      /** Questions the student may practise on the topic now. */
      available: z.number().int(),
    }),
  ),
});
export type PracticeProgress = z.infer<typeof practiceProgressSchema>;

export const practiceEndpoints = {
  progress: endpoint({
    method: 'GET',
    path: practicePaths.progress,
    summary: 'Luyện tập: mức thành thạo của chính học sinh theo từng chủ đề, câu cần ôn lại',
    tags,
    auth: 'session',
    response: practiceProgressSchema,
  }),
  next: endpoint({
    method: 'GET',
    path: practicePaths.next,
    summary: 'Luyện tập: câu hỏi tiếp theo (câu cần ôn đến hạn trước, rồi câu vừa sức ở chủ đề yếu nhất)',
    tags,
    auth: 'session',
    query: practiceNextQuerySchema,
    response: practiceNextSchema,
  }),
  answer: endpoint({
    method: 'POST',
    path: practicePaths.answers,
    summary: 'Luyện tập: chấm câu trả lời, cập nhật mức thành thạo, trả đáp án và lời giải',
    tags,
    auth: 'session',
    body: practiceAnswerInputSchema,
    response: practiceFeedbackSchema,
  }),
};
