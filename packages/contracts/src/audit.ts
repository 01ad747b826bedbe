import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { roleSchema, uuidSchema } from './enums.js';
import { calendarDate, pageSchema } from './numbers.js';

/** What an audit entry is about; each service records one of these with its action. */
export const auditResourceTypes = [
  'material',
  'question',
  'question_image',
  'test',
  'attempt',
  'kpi_target',
  'user',
  'province',
  'district',
  'school',
  'topic',
  'import',
  'online_lesson',
  'school_year',
] as const;
export const auditResourceTypeSchema = z.enum(auditResourceTypes);

/** The actions the services record (`<resource>.<verb>`), offered as a filter. */
export const auditActions = [
  'material.submitted',
  'material.approved',
  'material.rejected',
  'material.featured',
  'material.unfeatured',
  'material.update',
  'question.submitted',
  'question.approved',
  'question.rejected',
  'question.new_version',
  'question_image.upload',
  'test.key_corrected',
  'attempt.essay_graded',
  'attempt.device_unlocked',
  'kpi_target.update',
  'user.password_reset',
  'user.login_throttle_cleared',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'province.create',
  'province.update',
  'province.deactivate',
  'province.reactivate',
  'district.create',
  'district.update',
  'district.deactivate',
  'district.reactivate',
  'school.create',
  'school.update',
  'school.move',
  'school.deactivate',
  'school.reactivate',
  'topic.create',
  'topic.update',
  'topic.delete',
  'topic.import',
  'import.schools',
  'import.classes',
  'import.teachers',
  'import.students',
  'import.organisation_started',
  'import.organisation',
  'online_lesson.confirmed',
  'online_lesson.rejected',
  'online_lesson.recorded',
  'online_lesson.corrected',
  'kpi_target.create',
  'school_year.create',
  'school_year.set_current',
  'school_year.close',
  'school_year.rollover',
] as const;

export const auditEntrySchema = z.object({
  id: uuidSchema,
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string(),
  /** Null when the account has been removed since. */
  actor: z
    .object({ id: uuidSchema, username: z.string(), fullName: z.string(), role: roleSchema })
    .nullable(),
  /** The org unit the resource belongs to (the narrowest one recorded); null: sector-wide. */
  unit: z
    .object({ kind: z.enum(['school', 'district', 'province']), id: uuidSchema, name: z.string() })
    .nullable(),
  /** What changed, as the service recorded it (before/after, reason, scope...). */
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  action: z.string().trim().max(60).optional(),
  resourceType: auditResourceTypeSchema.optional(),
  /** Days in Vietnam time (UTC+7), both included. */
  from: calendarDate().optional(),
  to: calendarDate().optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;
/** The query as the API has parsed it (defaults filled in). */
export type AuditFilter = z.output<typeof auditQuerySchema>;

export const auditEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/audit',
    summary:
      'Nhật ký thao tác (duyệt, sửa điểm, sửa chỉ tiêu...) trong phạm vi quản lý, mới nhất trước. Giáo viên, học sinh không được xem.',
    tags: ['audit'],
    auth: 'session',
    query: auditQuerySchema,
    response: z.object({
      items: z.array(auditEntrySchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  }),
};
