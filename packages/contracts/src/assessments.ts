import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { questionTypeSchema } from './question-model.js';
import { cognitiveLevelSchema, questionContentSchema } from './questions.js';

/**
 * Tests (đề kiểm tra) built from bank questions, their paper versions (mã đề), assignments to
 * classes, and students' attempts. Nothing a student receives before release carries keys.
 */
export const paperPartSchema = z.enum(['I', 'II', 'III', 'essay']);
export type PaperPart = z.infer<typeof paperPartSchema>;

export const multipleSelectRuleSchema = z.enum(['all_or_nothing', 'proportional']);

export const testSettingsSchema = z.object({
  shuffleQuestions: z.boolean().default(true),
  /** Parts stay in order I, II, III, essay; questions shuffle inside their part. */
  withinParts: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  multipleSelect: multipleSelectRuleSchema.default('all_or_nothing'),
});
export type TestSettings = z.infer<typeof testSettingsSchema>;

export const testHeaderSchema = z.object({
  /** "PHÒNG GDĐT TUYÊN HOÁ" */
  authority: z.string().trim().max(200).default(''),
  school: z.string().trim().max(200).default(''),
  schoolYear: z.string().trim().max(20).default(''),
});
export type TestHeader = z.infer<typeof testHeaderSchema>;

export const testItemInputSchema = z.object({
  questionId: uuidSchema,
  /** Null: the 2025 default for the type (and subject). */
  points: z.number().min(0).max(10).nullable().default(null),
});

export const testInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  subjectCode: z.string().min(1).max(60),
  grade: z.number().int().min(1).max(12),
  durationMinutes: z.number().int().min(5).max(240).default(45),
  items: z.array(testItemInputSchema).min(1).max(200),
  settings: testSettingsSchema.default({
    shuffleQuestions: true,
    withinParts: true,
    shuffleOptions: true,
    multipleSelect: 'all_or_nothing',
  }),
  header: testHeaderSchema.default({ authority: '', school: '', schoolYear: '' }),
});
export type TestInput = z.input<typeof testInputSchema>;

/** A corrected key for one item; saving it regrades every attempt (audited). */
export const keyCorrectionSchema = z.object({
  options: z.array(z.string().regex(/^[A-H]$/)).optional(),
  statements: z.partialRecord(z.enum(['a', 'b', 'c', 'd']), z.boolean()).optional(),
  accepted: z.array(z.string().trim().min(1).max(50)).max(10).optional(),
  reason: z.string().trim().min(3).max(500),
});

export const testItemSchema = z.object({
  /** Stable within the test: "1", "2"...; a group's children are "3.1", "3.2" in answers. */
  key: z.string(),
  questionId: uuidSchema,
  /** The question version the test uses: later edits of the question do not change the test. */
  version: z.number().int(),
  part: paperPartSchema,
  points: z.number(),
  level: cognitiveLevelSchema.nullable(),
  topic: z.object({ id: uuidSchema, title: z.string() }).nullable(),
  /** With keys: tests are read by their authors and reviewers only. */
  content: questionContentSchema,
  /** Set after a key correction. */
  keyCorrected: z.boolean(),
});

export const testSummarySchema = z.object({
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
export type TestSummary = z.infer<typeof testSummarySchema>;

export const testDetailSchema = testSummarySchema.extend({
  items: z.array(testItemSchema),
  settings: testSettingsSchema,
  header: testHeaderSchema,
  /** Once assigned, items and versions are frozen (attempts refer to them); keys can still be corrected. */
  locked: z.boolean(),
});
export type TestDetail = z.infer<typeof testDetailSchema>;

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

const testParams = z.object({ testId: uuidSchema });
const assignmentParams = z.object({ assignmentId: uuidSchema });
const attemptParams = z.object({ attemptId: uuidSchema });
const tags = ['tests'];

export const assessmentEndpoints = {
  listTests: endpoint({
    method: 'GET',
    path: '/api/tests',
    summary: 'Đề kiểm tra của tôi',
    tags,
    auth: 'session',
    response: z.object({ items: z.array(testSummarySchema) }),
  }),
  drawMatrix: endpoint({
    method: 'POST',
    path: '/api/tests/draw',
    summary: 'Rút câu hỏi đã duyệt theo ma trận đề; báo rõ ô nào không đủ câu và vì sao',
    tags,
    auth: 'session',
    body: matrixDrawSchema,
    response: matrixDrawResultSchema,
  }),
  createTest: endpoint({
    method: 'POST',
    path: '/api/tests',
    summary: 'Tạo đề kiểm tra từ các câu hỏi đã chọn (giữ phiên bản câu hỏi lúc tạo)',
    tags,
    auth: 'session',
    body: testInputSchema,
    response: testDetailSchema,
  }),
  getTest: endpoint({
    method: 'GET',
    path: '/api/tests/:testId',
    summary: 'Chi tiết đề kiểm tra (kèm đáp án)',
    tags,
    auth: 'session',
    params: testParams,
    response: testDetailSchema,
  }),
  updateTest: endpoint({
    method: 'PUT',
    path: '/api/tests/:testId',
    summary: 'Sửa đề kiểm tra chưa giao',
    tags,
    auth: 'session',
    params: testParams,
    body: testInputSchema,
    response: testDetailSchema,
  }),
  makeVersions: endpoint({
    method: 'POST',
    path: '/api/tests/:testId/versions',
    summary: 'Tạo các mã đề (đảo câu, đảo phương án, theo hạt giống để tạo lại y hệt)',
    tags,
    auth: 'session',
    params: testParams,
    body: z.object({ count: z.number().int().min(1).max(24), seed: z.string().max(100).optional() }),
    response: testDetailSchema,
  }),
  paperDocx: endpoint({
    method: 'GET',
    path: '/api/tests/:testId/versions/:code/paper',
    summary: 'Tải đề in (.docx) của một mã đề',
    tags,
    auth: 'session',
    params: z.object({ testId: uuidSchema, code: z.string().regex(/^\d{3}$/) }),
    download: true,
    response: z.unknown(),
  }),
  answerKeyDocx: endpoint({
    method: 'GET',
    path: '/api/tests/:testId/answer-key',
    summary: 'Tải đáp án và hướng dẫn chấm của mọi mã đề (.docx)',
    tags,
    auth: 'session',
    params: testParams,
    download: true,
    response: z.unknown(),
  }),
  matrixDocx: endpoint({
    method: 'GET',
    path: '/api/tests/:testId/matrix',
    summary: 'Tải ma trận đề và bản đặc tả (.docx) theo các câu đã chọn',
    tags,
    auth: 'session',
    params: testParams,
    download: true,
    response: z.unknown(),
  }),
  correctKey: endpoint({
    method: 'POST',
    path: '/api/tests/:testId/items/:key/key',
    summary: 'Sửa đáp án một câu: chấm lại mọi bài làm, ghi nhật ký',
    tags,
    auth: 'session',
    params: z.object({ testId: uuidSchema, key: z.string().max(20) }),
    body: keyCorrectionSchema,
    response: z.object({ regraded: z.number().int() }),
  }),
  assign: endpoint({
    method: 'POST',
    path: '/api/tests/:testId/assignments',
    summary: 'Giao đề cho lớp: giờ mở, giờ đóng, thời gian làm bài, số lần làm, công bố kết quả',
    tags,
    auth: 'session',
    params: testParams,
    body: assignmentInputSchema,
    response: assignmentSummarySchema,
  }),
  listAssignments: endpoint({
    method: 'GET',
    path: '/api/assignments',
    summary: 'Bài kiểm tra được giao (học sinh: của lớp mình; giáo viên: mình giao)',
    tags,
    auth: 'session',
    response: z.object({ items: z.array(assignmentSummarySchema) }),
  }),
  results: endpoint({
    method: 'GET',
    path: '/api/assignments/:assignmentId/results',
    summary: 'Kết quả của lớp: điểm, phân bố điểm, thống kê từng câu',
    tags,
    auth: 'session',
    params: assignmentParams,
    response: assignmentResultsSchema,
  }),
  resultsXlsx: endpoint({
    method: 'GET',
    path: '/api/assignments/:assignmentId/results.xlsx',
    summary: 'Xuất kết quả ra Excel (cột theo sổ điểm)',
    tags,
    auth: 'session',
    params: assignmentParams,
    download: true,
    response: z.unknown(),
  }),
  release: endpoint({
    method: 'POST',
    path: '/api/assignments/:assignmentId/release',
    summary: 'Công bố kết quả cho học sinh',
    tags,
    auth: 'session',
    params: assignmentParams,
    response: assignmentSummarySchema,
  }),
  start: endpoint({
    method: 'POST',
    path: '/api/assignments/:assignmentId/attempts',
    summary: 'Bắt đầu (hoặc tiếp tục) làm bài',
    tags,
    auth: 'session',
    params: assignmentParams,
    response: attemptViewSchema,
  }),
  attempt: endpoint({
    method: 'GET',
    path: '/api/attempts/:attemptId',
    summary: 'Đề và các câu đã lưu của một lượt làm bài (tiếp tục trên máy khác)',
    tags,
    auth: 'session',
    params: attemptParams,
    response: attemptViewSchema,
  }),
  saveAnswers: endpoint({
    method: 'PUT',
    path: '/api/attempts/:attemptId/answers',
    summary: 'Lưu câu trả lời (lặp lại an toàn; giữ bản mới nhất theo số thứ tự)',
    tags,
    auth: 'session',
    params: attemptParams,
    body: saveAnswersSchema,
    response: z.object({ seq: z.number().int(), savedAt: z.string() }),
  }),
  submit: endpoint({
    method: 'POST',
    path: '/api/attempts/:attemptId/submit',
    summary: 'Nộp bài (nộp lại không sao)',
    tags,
    auth: 'session',
    params: attemptParams,
    response: attemptResultSchema,
  }),
  result: endpoint({
    method: 'GET',
    path: '/api/attempts/:attemptId/result',
    summary: 'Điểm và bài chữa (khi đã công bố)',
    tags,
    auth: 'session',
    params: attemptParams,
    response: attemptResultSchema,
  }),
  gradeEssay: endpoint({
    method: 'POST',
    path: '/api/attempts/:attemptId/items/:key/grade',
    summary: 'Chấm câu tự luận theo hướng dẫn chấm',
    tags,
    auth: 'session',
    params: z.object({ attemptId: uuidSchema, key: z.string().max(20) }),
    body: z.object({ score: z.number().min(0).max(10), comment: z.string().trim().max(2000).default('') }),
    response: attemptResultSchema,
  }),
};
