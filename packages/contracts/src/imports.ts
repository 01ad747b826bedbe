import { z } from 'zod';
import { endpoint } from './endpoint.js';

export const importKinds = ['schools', 'classes', 'teachers', 'students'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKindSchema>;

/** Why a row was left out; each code has vi/en messages in errors.ts, the row's `message` says the specifics. */
export const importRowErrorCodes = [
  'IMPORT_ROW_INVALID',
  'IMPORT_ROW_DUPLICATE',
  'IMPORT_ROW_NOT_FOUND',
  'IMPORT_ROW_FORBIDDEN',
  'IMPORT_ROW_CONFLICT',
  'IMPORT_ROW_NOT_SAVED',
] as const;
export type ImportRowErrorCode = (typeof importRowErrorCodes)[number];

export const importRowErrorSchema = z.object({
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The column's header as in the template ("Khối"), when one column is at fault. */
  column: z.string().optional(),
  code: z.enum(importRowErrorCodes),
  /** Vietnamese, specific to the row: which value is wrong and what is expected. */
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
  credentials: z.array(
    z.object({
      row: z.number().int(),
      username: z.string(),
      fullName: z.string(),
      temporaryPassword: z.string(),
    }),
  ),
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
