import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { calendarDate } from './numbers.js';

/**
 * The teacher's side of practice (Luyện tập): a class × topic mastery table, a student's practice
 * history, and "luyện tập đến khi thành thạo" goals. Mastery is the chance (0..1) that the student
 * answers a question of average difficulty right: expectedScore(ability, 0) of the Elo model.
 */

const topicSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  subjectCode: z.string(),
  /** The class's mean mastery over the students who practised the topic; null when nobody did. */
  mean: z.number().nullable(),
  /** Practice answers of the class's students on the topic. */
  answers: z.number().int(),
});

const cellSchema = z.object({
  topicId: uuidSchema,
  mastery: z.number(),
  answers: z.number().int(),
  correct: z.number().int(),
});

export const practiceGoalSchema = z.object({
  id: uuidSchema,
  classId: uuidSchema,
  topics: z.array(z.object({ id: uuidSchema, title: z.string() })),
  /** The mastery each student must reach on every topic, 0..1. */
  target: z.number(),
  /** Calendar date in Vietnam, YYYY-MM-DD. */
  dueOn: calendarDate(),
  createdAt: z.string(),
});
export type PracticeGoal = z.infer<typeof practiceGoalSchema>;

export const classMasterySchema = z.object({
  class: z.object({ id: uuidSchema, name: z.string(), grade: z.number().int() }),
  /** The subjects in view: the teacher's own in the class, every one taught there for the school admin. */
  subjects: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Weakest first: lowest class mean, then topics nobody practised yet (goal topics only). */
  topics: z.array(topicSchema),
  students: z.array(
    z.object({ id: uuidSchema, fullName: z.string(), username: z.string(), cells: z.array(cellSchema) }),
  ),
  /** Everyone who sees the table may set and remove goals; `reached`: the students who reached it. */
  goals: z.array(practiceGoalSchema.extend({ reached: z.array(uuidSchema) })),
});
export type ClassMastery = z.infer<typeof classMasterySchema>;

export const practiceHistorySchema = z.object({
  student: z.object({ id: uuidSchema, fullName: z.string() }),
  /** Newest first, at most 200. */
  answers: z.array(
    z.object({
      id: uuidSchema,
      questionId: uuidSchema,
      /** Plain text of the stem, shortened; formulas kept as `$…$`. */
      stemText: z.string(),
      topic: z.object({ id: uuidSchema, title: z.string() }).nullable(),
      correct: z.boolean(),
      score: z.number(),
      answeredAt: z.string(),
    }),
  ),
});
export type PracticeHistory = z.infer<typeof practiceHistorySchema>;

export const practiceGoalInputSchema = z.object({
  topicIds: z.array(uuidSchema).min(1).max(20),
  target: z.number().min(0.5).max(0.99).default(0.8),
  dueOn: calendarDate(),
});
export type PracticeGoalInput = z.input<typeof practiceGoalInputSchema>;

export const myPracticeGoalsSchema = z.object({
  goals: z.array(
    practiceGoalSchema.extend({
      className: z.string(),
      /** The student's own mastery per goal topic (null: not practised yet). */
      progress: z.array(z.object({ topicId: uuidSchema, mastery: z.number().nullable() })),
      reached: z.boolean(),
    }),
  ),
});
export type MyPracticeGoals = z.infer<typeof myPracticeGoalsSchema>;

const classParams = z.object({ classId: uuidSchema });

export const masteryEndpoints = {
  classMastery: endpoint({
    method: 'GET',
    path: '/api/classes/:classId/mastery',
    summary: 'Bảng mức thành thạo của lớp theo chủ đề (chủ đề yếu nhất trước) và mục tiêu luyện tập',
    tags: ['practice'],
    auth: 'session',
    params: classParams,
    response: classMasterySchema,
  }),
  studentHistory: endpoint({
    method: 'GET',
    path: '/api/classes/:classId/students/:studentId/practice',
    summary: 'Lịch sử luyện tập của một học sinh trong lớp, mới nhất trước',
    tags: ['practice'],
    auth: 'session',
    params: z.object({ classId: uuidSchema, studentId: uuidSchema }),
    response: practiceHistorySchema,
  }),
  createGoal: endpoint({
    method: 'POST',
    path: '/api/classes/:classId/practice-goals',
    summary: 'Giao cho lớp "luyện tập đến khi thành thạo" các chủ đề, hạn là một ngày',
    tags: ['practice'],
    auth: 'session',
    params: classParams,
    body: practiceGoalInputSchema,
    response: practiceGoalSchema,
  }),
  deleteGoal: endpoint({
    method: 'DELETE',
    path: '/api/practice-goals/:goalId',
    summary: 'Bỏ một mục tiêu luyện tập của lớp',
    tags: ['practice'],
    auth: 'session',
    params: z.object({ goalId: uuidSchema }),
    response: z.object({ ok: z.literal(true) }),
  }),
  myGoals: endpoint({
    method: 'GET',
    path: '/api/me/practice-goals',
    summary: 'Mục tiêu luyện tập của các lớp của học sinh, kèm mức thành thạo của chính em',
    tags: ['practice'],
    auth: 'session',
    response: myPracticeGoalsSchema,
  }),
};
