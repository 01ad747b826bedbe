import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';

export const kpiTargetSchema = z.object({
  id: uuidSchema,
  kpi: z.string(),
  scope: z.string(),
  year: z.number().int(),
  targetPercent: z.number(),
  sourceDocument: z.string(),
  sourceText: z.string(),
  updatedAt: z.string(),
});
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

export const kpiEndpoints = {
  listTargets: endpoint({
    method: 'GET',
    path: '/api/kpi-targets',
    summary: 'Chỉ tiêu kế hoạch (tỷ lệ dạy học trực tuyến, học liệu, ngân hàng câu hỏi...)',
    tags: ['kpi'],
    auth: 'session',
    response: z.object({ items: z.array(kpiTargetSchema) }),
  }),
  updateTarget: endpoint({
    method: 'PATCH',
    path: '/api/kpi-targets/:targetId',
    summary: 'Sửa một chỉ tiêu (Sở GDĐT), có ghi nhật ký',
    tags: ['kpi'],
    auth: 'session',
    params: z.object({ targetId: uuidSchema }),
    body: z.object({ targetPercent: z.number().min(0).max(100) }),
    response: kpiTargetSchema,
  }),
};
