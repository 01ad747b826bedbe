import { z } from 'zod';
import { endpoint } from './endpoint.js';

export const importKinds = ['schools', 'classes', 'teachers', 'students'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKindSchema>;

export const importRowErrorSchema = z.object({
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  column: z.string().optional(),
  code: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importReportSchema = z.object({
  kind: importKindSchema,
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /** New accounts and their one-time passwords, shown once to the importer (change forced at first login). */
  credentials: z.array(z.object({ row: z.number().int(), username: z.string(), fullName: z.string(), temporaryPassword: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

const kindParams = z.object({ kind: importKindSchema });

export const importEndpoints = {
  template: endpoint({
    method: 'GET',
    path: '/api/imports/:kind/template',
    summary: 'Tải tệp mẫu (.xlsx hoặc .csv) để nhập dữ liệu',
    tags: ['imports'],
    auth: 'session',
    params: kindParams,
    query: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
    download: true,
    response: z.unknown(),
  }),
  run: endpoint({
    method: 'POST',
    path: '/api/imports/:kind',
    summary: 'Nhập trường, lớp, giáo viên hoặc học sinh từ tệp .xlsx/.csv',
    tags: ['imports'],
    auth: 'session',
    params: kindParams,
    upload: true,
    response: importReportSchema,
  }),
};
