import { z } from 'zod';
import { endpoint } from './endpoint.js';

export const dependencyStateSchema = z.object({
  status: z.enum(['ok', 'down']),
  /** Which adapter is in use: "embedded-postgres", "postgres", "local-disk", "minio", ... */
  kind: z.string(),
  latencyMs: z.number().optional(),
  message: z.string().optional(),
});

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'down']),
  database: dependencyStateSchema,
  storage: dependencyStateSchema,
  search: dependencyStateSchema,
});
export type Health = z.infer<typeof healthSchema>;

export const healthEndpoints = {
  health: endpoint({
    method: 'GET',
    path: '/api/health',
    summary: 'Tình trạng hệ thống và các dịch vụ phụ thuộc',
    tags: ['system'],
    auth: 'public',
    response: healthSchema,
  }),
};
