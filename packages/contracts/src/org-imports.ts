import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { importRowErrorCodes } from './imports.js';

/** The sheets of the organisation workbook (one .xlsx, one sheet per kind), in import order. */
export const orgSheetKinds = ['districts', 'schools', 'officers', 'classes', 'teachers', 'students'] as const;
export const orgSheetKindSchema = z.enum(orgSheetKinds);
export type OrgSheetKind = z.infer<typeof orgSheetKindSchema>;

/** queued -> counting the rows -> importing sheet by sheet -> done, or failed (a file-wide problem). */
export const orgImportStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type OrgImportStatus = (typeof orgImportStatuses)[number];

export const orgSheetProgressSchema = z.object({
  kind: orgSheetKindSchema,
  /** Data rows of the sheet, known once the file has been counted (null before, or no such sheet). */
  totalRows: z.number().int().nullable(),
  /** Rows committed so far (good and bad). */
  doneRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errorRows: z.number().int(),
});
export type OrgSheetProgress = z.infer<typeof orgSheetProgressSchema>;

export const orgImportErrorSchema = z.object({
  /** The sheet's name as in the template ("Học sinh"). */
  sheet: z.string(),
  row: z.number().int(),
  column: z.string().optional(),
  code: z.enum([...importRowErrorCodes, 'IMPORT_HEADER_INVALID']),
  message: z.string(),
});
export type OrgImportError = z.infer<typeof orgImportErrorSchema>;

export const orgImportSchema = z.object({
  id: uuidSchema,
  provinceId: uuidSchema,
  fileName: z.string(),
  status: z.enum(orgImportStatuses),
  sheets: z.array(orgSheetProgressSchema),
  /** The first row errors (at most `errorsShown`); `errorCount` counts them all. */
  errors: z.array(orgImportErrorSchema),
  errorCount: z.number().int(),
  /** New accounts whose one-time passwords can be downloaded by the importer. */
  credentialCount: z.number().int(),
  /** Why the whole import stopped (status failed), in Vietnamese. */
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type OrgImport = z.infer<typeof orgImportSchema>;

const idParams = z.object({ importId: uuidSchema });

export const orgImportEndpoints = {
  template: endpoint({
    method: 'GET',
    path: '/api/org-imports/template',
    summary: 'Tải tệp mẫu tổng hợp của cả tỉnh (một trang tính cho mỗi loại dữ liệu)',
    tags: ['imports'],
    auth: 'session',
    download: true,
    response: z.unknown(),
  }),
  start: endpoint({
    method: 'POST',
    path: '/api/org-imports',
    summary: 'Nhập tệp tổng hợp của cả tỉnh (chạy nền, tiếp tục sau khi máy chủ khởi động lại)',
    tags: ['imports'],
    auth: 'session',
    /** The province imported into: a province officer's own (may be left out), any for a system admin. */
    query: z.object({ provinceId: uuidSchema.optional() }),
    upload: true,
    response: orgImportSchema,
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/org-imports',
    summary: 'Các lần nhập tệp tổng hợp gần đây',
    tags: ['imports'],
    auth: 'session',
    response: z.object({ items: z.array(orgImportSchema) }),
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/org-imports/:importId',
    summary: 'Tiến độ và kết quả một lần nhập tệp tổng hợp',
    tags: ['imports'],
    auth: 'session',
    params: idParams,
    response: orgImportSchema,
  }),
  credentials: endpoint({
    method: 'GET',
    path: '/api/org-imports/:importId/credentials',
    summary: 'Tải danh sách mật khẩu tạm của các tài khoản mới (.csv)',
    tags: ['imports'],
    auth: 'session',
    params: idParams,
    download: true,
    response: z.unknown(),
  }),
};
