import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { shareScopeSchema } from './materials.js';

/** A reviewer's decision on one of the caller's own materials or questions. */
export const myShareDecisionSchema = z.object({
  kind: z.enum(['material', 'question']),
  itemId: uuidSchema,
  /** The material's title, or the start of the question's stem as plain text. */
  title: z.string(),
  action: z.enum(['approved', 'rejected']),
  scope: shareScopeSchema.nullable(),
  reason: z.string().nullable(),
  actor: z.string(),
  createdAt: z.string(),
});
export type MyShareDecision = z.infer<typeof myShareDecisionSchema>;

export const shareDecisionEndpoints = {
  mine: endpoint({
    method: 'GET',
    path: '/api/me/share-decisions',
    summary: 'Kết quả duyệt gần đây (duyệt, từ chối kèm lý do) trên học liệu và câu hỏi của chính mình',
    tags: ['materials'],
    auth: 'session',
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
    response: z.object({ items: z.array(myShareDecisionSchema) }),
  }),
};
