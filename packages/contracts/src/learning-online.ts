import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { pageSchema } from './numbers.js';
import { paged } from './org.js';
import { onlineShareQuerySchema, reportLevelSchema } from './reports.js';

/**
 * Học sinh học trực tuyến (the plan's students_online_access): students of the school year's classes
 * who did at least one thing on the platform in the period — started a quiz, answered a practice
 * question, opened an e-learning lecture — ÷ those students.
 */

/** What a student can have done: a quiz started, a practice answer, a lecture opened or resumed. */
export const learningKinds = ['quiz', 'practice', 'lecture'] as const;
export const learningKindSchema = z.enum(learningKinds);
export type LearningKind = z.infer<typeof learningKindSchema>;

export const learningOnlineQuerySchema = onlineShareQuerySchema.extend({
  /** One month of the school year ('YYYY-MM', Vietnam calendar); wins over `semester`. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

/** The days counted, Vietnam calendar, both included. */
export const learningPeriodSchema = z.object({ from: z.string(), to: z.string() });

export const learningFigureSchema = z.object({
  students: z.number().int(),
  /** Students with at least one activity of any kind in the period. */
  learning: z.number().int(),
  /** learning ÷ students, 0..1 (null when there is no student). */
  share: z.number().nullable(),
  target: z.number().nullable(),
  status: z.enum(['reached', 'below', 'no_target']),
  /** Students with at least one activity of each kind (a student may count in several). */
  byKind: z.object({ quiz: z.number().int(), practice: z.number().int(), lecture: z.number().int() }),
});
export type LearningFigure = z.infer<typeof learningFigureSchema>;

const levelFiguresSchema = z.array(z.object({ level: reportLevelSchema, figure: learningFigureSchema }));

export const learningOnlineReportSchema = z.object({
  unit: z.object({ kind: z.enum(['province', 'district', 'school']), id: uuidSchema, name: z.string() }),
  schoolYear: z.string(),
  period: learningPeriodSchema,
  figure: learningFigureSchema,
  levels: levelFiguresSchema,
  /** Schools (school and district view) or districts (province view). */
  rows: z.array(
    z.object({
      kind: z.enum(['district', 'school']),
      id: uuidSchema,
      name: z.string(),
      levels: z.array(z.string()),
      figure: learningFigureSchema,
      byLevel: levelFiguresSchema,
    }),
  ),
});
export type LearningOnlineReport = z.infer<typeof learningOnlineReportSchema>;

/** One kind of activity of a student in the period: how many, and the latest. */
const activitySchema = z.object({ count: z.number().int(), last: z.string().nullable() });

export const learningStudentSchema = z.object({
  id: uuidSchema,
  fullName: z.string(),
  username: z.string(),
  className: z.string(),
  grade: z.number().int(),
  learning: z.boolean(),
  quiz: activitySchema,
  practice: activitySchema,
  lecture: activitySchema,
});
export type LearningStudent = z.infer<typeof learningStudentSchema>;

export const learningStudentsQuerySchema = learningOnlineQuerySchema.omit({ districtId: true }).extend({
  level: reportLevelSchema.optional(),
  /** yes: the students who count; no: those who do not; absent: all. */
  learning: z.enum(['yes', 'no']).optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const learningStudentsSchema = paged(learningStudentSchema).extend({
  school: z.object({ id: uuidSchema, name: z.string() }),
  schoolYear: z.string(),
  period: learningPeriodSchema,
  /** The school's figure (or the level's, when one is asked for), before the `learning` filter. */
  figure: learningFigureSchema,
});
export type LearningStudents = z.infer<typeof learningStudentsSchema>;

const tags = ['reports'];

export const learningOnlineEndpoints = {
  report: endpoint({
    method: 'GET',
    path: '/api/reports/learning-online',
    summary: 'Học sinh học trực tuyến (làm bài, luyện tập, bài giảng điện tử) theo trường, cấp học',
    tags,
    auth: 'session',
    query: learningOnlineQuerySchema,
    response: learningOnlineReportSchema,
  }),
  students: endpoint({
    method: 'GET',
    path: '/api/reports/learning-online/schools/:schoolId/students',
    summary: 'Học sinh của một trường: ai được tính là học trực tuyến, đã làm gì và khi nào',
    tags,
    auth: 'session',
    params: z.object({ schoolId: uuidSchema }),
    query: learningStudentsQuerySchema,
    response: learningStudentsSchema,
  }),
};
