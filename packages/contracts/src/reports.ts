import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { webLinkSchema } from './links.js';
import { calendarDate } from './numbers.js';

/**
 * Online share of the programme (tỷ lệ dạy học trực tuyến): online periods ÷ programme periods,
 * period-weighted at every level of roll-up, against the plan's targets.
 */
export const reportLevels = ['primary', 'secondary', 'lower_secondary', 'upper_secondary'] as const;
export const reportLevelSchema = z.enum(reportLevels);
export type ReportLevel = z.infer<typeof reportLevelSchema>;

export const shareStatusSchema = z.enum(['reached', 'on_track', 'below', 'no_target']);
export type ShareStatus = z.infer<typeof shareStatusSchema>;

/** One figure and how it was computed, so every cell can explain itself. */
export const shareFigureSchema = z.object({
  online: z.number(),
  programme: z.number(),
  /** online ÷ programme, 0..1 (null when there is no programme). */
  share: z.number().nullable(),
  /** The programme pro-rated to the report date (weeks elapsed ÷ 35). */
  programmeToDate: z.number(),
  /** Target as a fraction 0..1, null when no target applies. */
  target: z.number().nullable(),
  status: shareStatusSchema,
  /** Vietnamese: "12 tiết trực tuyến ÷ 1.015 tiết chương trình = 1,18 %". */
  formula: z.string(),
});
export type ShareFigure = z.infer<typeof shareFigureSchema>;

export const onlineShareQuerySchema = z.object({
  /** "2026-2027"; default the current school year. */
  schoolYear: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .optional(),
  /** Report date (YYYY-MM-DD): records up to it, programme pro-rated to it. Default today. */
  asOf: calendarDate().optional(),
  /** A province officer may look at one district. */
  districtId: uuidSchema.optional(),
  /** Học kì: 1 = the first 18 teaching weeks, 2 = the last 17; absent = the whole year. */
  semester: z.enum(['1', '2']).optional(),
});

const unitSchema = z.object({
  kind: z.enum(['province', 'district', 'school']),
  id: uuidSchema,
  name: z.string(),
});

export const onlineShareReportSchema = z.object({
  unit: unitSchema,
  schoolYear: z.string(),
  asOf: z.string(),
  /** Weeks elapsed ÷ 35, 0..1. */
  elapsed: z.number(),
  /** Primary, secondary (lower + upper) and each secondary level apart. */
  levels: z.array(z.object({ level: reportLevelSchema, figure: shareFigureSchema })),
  /** Schools (district/school view) or districts (province view). */
  rows: z.array(
    z.object({
      kind: z.enum(['district', 'school']),
      id: uuidSchema,
      name: z.string(),
      /** School levels taught (a TH&THCS school counts each class into its own level). */
      levels: z.array(z.string()),
      figure: shareFigureSchema,
      /** The main level's figure used for status and gap: primary for TH, secondary otherwise. */
      byLevel: z.array(z.object({ level: reportLevelSchema, figure: shareFigureSchema })),
      /** Cumulative share at the end of each month of the year so far, for a sparkline. */
      trend: z.array(z.number()),
    }),
  ),
  /** Online periods delivered per month (the whole unit). */
  monthly: z.array(z.object({ month: z.string(), online: z.number() })),
});
export type OnlineShareReport = z.infer<typeof onlineShareReportSchema>;

export const schoolDrillSchema = z.object({
  school: z.object({ id: uuidSchema, name: z.string() }),
  schoolYear: z.string(),
  asOf: z.string(),
  elapsed: z.number(),
  grades: z.array(
    z.object({
      grade: z.number().int(),
      figure: shareFigureSchema,
      subjects: z.array(z.object({ code: z.string(), name: z.string(), figure: shareFigureSchema })),
      classes: z.array(z.object({ id: uuidSchema, name: z.string(), figure: shareFigureSchema })),
    }),
  ),
});
export type SchoolDrill = z.infer<typeof schoolDrillSchema>;

export const deliveryRecordSchema = z.object({
  id: uuidSchema,
  classId: uuidSchema,
  className: z.string(),
  subject: z.object({ code: z.string(), name: z.string() }),
  date: z.string(),
  periods: z.number().int(),
  /** material (a material assigned as an online lesson), test (an exam held online), live (a live online class). */
  source: z.enum(['material', 'test', 'live']),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  link: z.string().nullable(),
  note: z.string().nullable(),
  teacher: z.string(),
  createdAt: z.string(),
  confirmedBy: z.string().nullable(),
});
export type DeliveryRecord = z.infer<typeof deliveryRecordSchema>;

export const classDrillSchema = z.object({
  class: z.object({ id: uuidSchema, name: z.string(), grade: z.number().int(), school: z.string() }),
  figure: shareFigureSchema,
  subjects: z.array(
    z.object({ code: z.string(), name: z.string(), programme: z.number(), online: z.number() }),
  ),
  records: z.array(deliveryRecordSchema),
});

export const liveClassInputSchema = z.object({
  classId: uuidSchema,
  subjectCode: z.string().min(1).max(60),
  date: calendarDate(),
  periods: z.number().int().min(1).max(10),
  /** Evidence: the meeting or recording link. */
  link: webLinkSchema,
  note: z.string().trim().max(500).default(''),
});

export const planKpis = [
  'materials_program_coverage',
  'question_bank_adoption',
  'schools_sharing_platform',
  'students_online_access',
] as const;

/** The plan's other targets, each counted for the viewer's unit, with what was counted. */
export const planKpiSchema = z.object({
  /** The indicator's code: its name, in each language, is the web dictionary's `kpi.names.<code>`. */
  kpi: z.enum(planKpis),
  numerator: z.number().int(),
  denominator: z.number().int(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  status: z.enum(['reached', 'below', 'no_target']),
  /** Vietnamese, for the export and API clients: "12 trong 20 trường THCS, TH&THCS có …". */
  formula: z.string(),
  /** Coverage only: the subjects and grades that have topics ("Toán 1–12; …"), empty when none. */
  topicTrees: z.string().optional(),
});
export type PlanKpi = z.infer<typeof planKpiSchema>;

const tags = ['reports'];

export const reportEndpoints = {
  onlineShare: endpoint({
    method: 'GET',
    path: '/api/reports/online-share',
    summary: 'Tỷ lệ dạy học trực tuyến theo trường/huyện/tỉnh so với chỉ tiêu (phạm vi của người xem)',
    tags,
    auth: 'session',
    query: onlineShareQuerySchema,
    response: onlineShareReportSchema,
  }),
  planKpis: endpoint({
    method: 'GET',
    path: '/api/reports/kpis',
    summary:
      'Các chỉ tiêu khác của kế hoạch: học liệu theo chủ đề, ngân hàng câu hỏi, chia sẻ, học sinh học trực tuyến',
    tags,
    auth: 'session',
    query: onlineShareQuerySchema,
    response: z.object({ unit: unitSchema, schoolYear: z.string(), items: z.array(planKpiSchema) }),
  }),
  onlineShareXlsx: endpoint({
    method: 'GET',
    path: '/api/reports/online-share.xlsx',
    summary: 'Xuất báo cáo tỷ lệ dạy học trực tuyến ra Excel',
    tags,
    auth: 'session',
    query: onlineShareQuerySchema,
    download: true,
    response: z.unknown(),
  }),
  school: endpoint({
    method: 'GET',
    path: '/api/reports/online-share/schools/:schoolId',
    summary: 'Chi tiết một trường: theo khối, môn, lớp',
    tags,
    auth: 'session',
    params: z.object({ schoolId: uuidSchema }),
    query: onlineShareQuerySchema.omit({ districtId: true }),
    response: schoolDrillSchema,
  }),
  class: endpoint({
    method: 'GET',
    path: '/api/reports/online-share/classes/:classId',
    summary: 'Chi tiết một lớp: chương trình theo môn và các bản ghi dạy học trực tuyến',
    tags,
    auth: 'session',
    params: z.object({ classId: uuidSchema }),
    query: onlineShareQuerySchema.omit({ districtId: true }),
    response: classDrillSchema,
  }),
  addLiveClass: endpoint({
    method: 'POST',
    path: '/api/online-lessons',
    summary: 'Giáo viên khai báo một buổi dạy trực tuyến (chờ quản trị trường xác nhận)',
    tags,
    auth: 'session',
    body: liveClassInputSchema,
    response: deliveryRecordSchema,
  }),
  pendingRecords: endpoint({
    method: 'GET',
    path: '/api/online-lessons/pending',
    summary: 'Buổi dạy trực tuyến chờ xác nhận (quản trị trường)',
    tags,
    auth: 'session',
    response: z.object({ items: z.array(deliveryRecordSchema) }),
  }),
  confirmRecord: endpoint({
    method: 'POST',
    path: '/api/online-lessons/:lessonId/decision',
    summary: 'Xác nhận hoặc từ chối một buổi dạy trực tuyến',
    tags,
    auth: 'session',
    params: z.object({ lessonId: uuidSchema }),
    body: z.object({ confirm: z.boolean() }),
    response: deliveryRecordSchema,
  }),
};
