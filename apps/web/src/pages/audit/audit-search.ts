import { auditActions, auditResourceTypeSchema } from '@hoclieu/contracts';
import { z } from 'zod';

/** The log's filters in the URL: `/nhat-ky?action=material.approved&from=2026-09-01&page=2`. */
export const auditSearchSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  resourceType: auditResourceTypeSchema.optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;
