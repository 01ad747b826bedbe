import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { gradeSchema, schoolLevelSchema, subjectKindSchema, topicKindSchema, uuidSchema } from './enums.js';
import { importRowErrorSchema } from './imports.js';
import { INT4_MAX } from './numbers.js';

export const curriculumPeriodSchema = z.object({
  level: schoolLevelSchema,
  grade: z.number().int(),
  subjectCode: z.string(),
  subjectName: z.string(),
  periodsPerYear: z.number().int(),
  kind: subjectKindSchema,
});
export type CurriculumPeriod = z.infer<typeof curriculumPeriodSchema>;

export const topicSchema = z.object({
  id: uuidSchema,
  subjectCode: z.string(),
  grade: z.number().int(),
  parentId: uuidSchema.nullable(),
  kind: topicKindSchema,
  title: z.string(),
  position: z.number().int(),
  /** Stable identity for re-import, unique per subject, grade and series ("TOAN-8-C1"). */
  code: z.string(),
  /** Textbook series; "" = shared by every series. */
  series: z.string(),
  /** Yêu cầu cần đạt (lessons). */
  outcomes: z.string().nullable(),
});
export type Topic = z.infer<typeof topicSchema>;
export type TopicNode = Topic & { children: Topic[] };
export const topicNodeSchema = topicSchema.extend({ children: z.array(topicSchema) });

export const createTopicSchema = z.object({
  subjectCode: z.string().min(1).max(60),
  grade: gradeSchema,
  parentId: uuidSchema.nullable().default(null),
  title: z.string().trim().min(1).max(300),
});
export const updateTopicSchema = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  position: z.number().int().min(0).max(INT4_MAX).optional(),
});

const topicParams = z.object({ topicId: uuidSchema });

/** The outcome of a topic import: rows created/updated/unchanged, topics retired, errors by line. */
export const topicImportReportSchema = z.object({
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  retired: z.number().int(),
  /** The (subject, grade, series) trees the file replaced. */
  trees: z.array(z.object({ subjectCode: z.string(), grade: z.number().int(), series: z.string() })),
  errors: z.array(importRowErrorSchema),
});
export type TopicImportReport = z.infer<typeof topicImportReportSchema>;

/** Which subjects and grades have topics (not retired) and how many. */
export const topicCoverageSchema = z.object({
  items: z.array(
    z.object({
      subjectCode: z.string(),
      subjectName: z.string(),
      grade: z.number().int(),
      topics: z.number().int(),
    }),
  ),
});

export const curriculumEndpoints = {
  listPeriods: endpoint({
    method: 'GET',
    path: '/api/curriculum/periods',
    summary: 'Số tiết/năm theo môn và khối lớp (CT GDPT 2018)',
    tags: ['curriculum'],
    auth: 'session',
    query: z.object({ grade: gradeSchema.optional(), level: schoolLevelSchema.optional() }),
    response: z.object({ items: z.array(curriculumPeriodSchema) }),
  }),
  listTopics: endpoint({
    method: 'GET',
    path: '/api/curriculum/topics',
    summary: 'Cây chủ đề (chương / bài) của một môn và khối lớp',
    tags: ['curriculum'],
    auth: 'session',
    query: z.object({ subjectCode: z.string().min(1), grade: gradeSchema }),
    response: z.object({ items: z.array(topicNodeSchema) }),
  }),
  createTopic: endpoint({
    method: 'POST',
    path: '/api/curriculum/topics',
    summary: 'Thêm chương hoặc bài',
    tags: ['curriculum'],
    auth: 'session',
    body: createTopicSchema,
    response: topicSchema,
  }),
  updateTopic: endpoint({
    method: 'PATCH',
    path: '/api/curriculum/topics/:topicId',
    summary: 'Sửa tên hoặc thứ tự một chương/bài',
    tags: ['curriculum'],
    auth: 'session',
    params: topicParams,
    body: updateTopicSchema,
    response: topicSchema,
  }),
  deleteTopic: endpoint({
    method: 'DELETE',
    path: '/api/curriculum/topics/:topicId',
    summary: 'Xoá một chương/bài',
    tags: ['curriculum'],
    auth: 'session',
    params: topicParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  topicCoverage: endpoint({
    method: 'GET',
    path: '/api/curriculum/topic-coverage',
    summary: 'Các môn và khối lớp đã có cây chương, bài',
    tags: ['curriculum'],
    auth: 'session',
    response: topicCoverageSchema,
  }),
  topicImportTemplate: endpoint({
    method: 'GET',
    path: '/api/curriculum/topic-import/template',
    summary: 'Tải tệp mẫu .xlsx để nhập cây chương, bài',
    tags: ['curriculum'],
    auth: 'session',
    download: true,
    response: z.unknown(),
  }),
  importTopics: endpoint({
    method: 'POST',
    path: '/api/curriculum/topic-import',
    summary: 'Nhập cây chương, bài (kèm yêu cầu cần đạt) từ tệp .xlsx',
    tags: ['curriculum'],
    auth: 'session',
    upload: true,
    response: topicImportReportSchema,
  }),
};
