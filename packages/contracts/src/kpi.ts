import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';

/** The indicators the plans set targets for. */
export const kpiNames = [
  'online_program_share',
  'materials_program_coverage',
  'question_bank_adoption',
  'schools_sharing_platform',
  'students_online_access',
  'teachers_online_ready',
] as const;

export const kpiTargetSchema = z.object({
  id: uuidSchema,
  kpi: z.string(),
  scope: z.string(),
  year: z.number().int(),
  targetPercent: z.number(),
  /** The decision or plan that sets the target, as written: "Kế hoạch số 1414/KH-UBND ngày ...". */
  sourceDocument: z.string(),
  sourceText: z.string(),
  updatedAt: z.string(),
});
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

/** Range is checked by the API with its own error code (KPI_TARGET_OUT_OF_RANGE). */
const percentSchema = z.number().finite();
const documentSchema = z.string().trim().min(3).max(500);

export const kpiTargetInputSchema = z.object({
  kpi: z.enum(kpiNames),
  /** primary / secondary for the online share; the indicator's population otherwise. */
  scope: z
    .string()
    .trim()
    .regex(/^[a-z_]{2,40}$/),
  year: z.number().int().min(2000).max(2100),
  targetPercent: percentSchema,
  sourceDocument: documentSchema,
  sourceText: z.string().trim().max(2000).default(''),
});
export type KpiTargetInput = z.input<typeof kpiTargetInputSchema>;

export const kpiTargetChangeSchema = z.object({
  id: uuidSchema,
  action: z.enum(['create', 'update']),
  fromPercent: z.number().nullable(),
  toPercent: z.number(),
  fromDocument: z.string().nullable(),
  toDocument: z.string(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type KpiTargetChange = z.infer<typeof kpiTargetChangeSchema>;

export const kpiEndpoints = {
  listTargets: endpoint({
    method: 'GET',
    path: '/api/kpi-targets',
    summary: 'Chỉ tiêu kế hoạch (tỷ lệ dạy học trực tuyến, học liệu, ngân hàng câu hỏi...)',
    tags: ['kpi'],
    auth: 'session',
    response: z.object({ items: z.array(kpiTargetSchema) }),
  }),
  createTarget: endpoint({
    method: 'POST',
    path: '/api/kpi-targets',
    summary: 'Thêm chỉ tiêu cho một năm và cấp học, ghi văn bản quy định (Sở GDĐT)',
    tags: ['kpi'],
    auth: 'session',
    body: kpiTargetInputSchema,
    response: kpiTargetSchema,
  }),
  updateTarget: endpoint({
    method: 'PATCH',
    path: '/api/kpi-targets/:targetId',
    summary: 'Sửa một chỉ tiêu và văn bản quy định (Sở GDĐT), có lưu lịch sử',
    tags: ['kpi'],
    auth: 'session',
    params: z.object({ targetId: uuidSchema }),
    body: z.object({
      targetPercent: percentSchema.optional(),
      sourceDocument: documentSchema.optional(),
      sourceText: z.string().trim().max(2000).optional(),
    }),
    response: kpiTargetSchema,
  }),
  targetHistory: endpoint({
    method: 'GET',
    path: '/api/kpi-targets/:targetId/history',
    summary: 'Lịch sử thay đổi của một chỉ tiêu',
    tags: ['kpi'],
    auth: 'session',
    params: z.object({ targetId: uuidSchema }),
    response: z.object({ items: z.array(kpiTargetChangeSchema) }),
  }),
};
