import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { gradeSchema, schoolLevelSchema, uuidSchema } from './enums.js';
import { facetedResultsSchema, searchModeFields, searchTextSchema } from './faceted-search.js';
import { calendarDate } from './numbers.js';
import { csvParam } from './search-params.js';

export const materialTypes = [
  'lecture',
  'video',
  'document',
  'textbook',
  'simulation',
  'image',
  'audio',
  'other',
] as const;
export const materialTypeSchema = z.enum(materialTypes);
export type MaterialType = z.infer<typeof materialTypeSchema>;

export const licences = ['cc_by', 'cc_by_sa', 'cc_by_nc', 'all_rights_reserved'] as const;
export const licenceSchema = z.enum(licences);

/** private -> school -> district -> province: each step approved by that level's reviewer. */
export const shareScopes = ['private', 'school', 'district', 'province'] as const;
export const shareScopeSchema = z.enum(shareScopes);
export type ShareScope = z.infer<typeof shareScopeSchema>;

/**
 * Approval covers what others see. For the author and the reviewers: what changed since the last
 * approval ("Đang chờ duyệt lại") and what everyone else sees meanwhile. Null for everyone else.
 */
export const approvalStatusSchema = z.object({
  pendingChanges: z.array(z.enum(['version', 'title', 'description'])),
  approvedVersion: z.number().int().nullable(),
  approvedTitle: z.string().nullable(),
  approvedDescription: z.string().nullable(),
});
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

/** Why this viewer may not decide the pending request although they review its level. */
export const reviewBlockSchema = z.enum(['own_request']).nullable();

/** One step of a material's or question's sharing trail: who decided what, for which scope, and why. */
export const shareTrailEntrySchema = z.object({
  action: z.string(),
  scope: shareScopeSchema.nullable(),
  reason: z.string().nullable(),
  actor: z.string(),
  createdAt: z.string(),
});

export const materialInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).default(''),
  type: materialTypeSchema,
  level: schoolLevelSchema.nullable().default(null),
  grade: z.number().int().min(1).max(12).nullable().default(null),
  subjectCode: z.string().min(1).max(60).nullable().default(null),
  topicIds: z.array(uuidSchema).max(20).default([]),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  licence: licenceSchema,
});
export type MaterialInput = z.input<typeof materialInputSchema>;

/** How the browser shows a file in place. */
export const previewKindSchema = z.enum(['pdf', 'video', 'audio', 'image', 'html5', 'none']);

export const materialFileSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  size: z.number().nullable(),
  contentType: z.string().nullable(),
  category: z.string().nullable(),
  status: z.enum(['pending', 'stored', 'rejected']),
  sha256: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  hasThumbnail: z.boolean(),
  preview: previewKindSchema,
  /**
   * HTML5 packages: the entry page's address for a sandboxed iframe. It carries a short-lived
   * capability for this one package, because a sandboxed frame's requests may come without cookies.
   */
  packageUrl: z.string().nullable(),
  /** SCORM lectures: what the manifest says; the player tracks the student's progress. */
  scorm: z
    .object({
      version: z.enum(['1.2', '2004']),
      title: z.string(),
      masteryScore: z.number().nullable(),
    })
    .nullable()
    .optional(),
});

export const materialSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  type: materialTypeSchema,
  level: schoolLevelSchema.nullable(),
  grade: z.number().int().nullable(),
  subject: z.object({ code: z.string(), name: z.string() }).nullable(),
  scope: shareScopeSchema,
  requestedScope: shareScopeSchema.nullable(),
  featured: z.boolean(),
  author: z.object({ id: uuidSchema, fullName: z.string() }),
  school: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  /** A file with a thumbnail, to show on cards. */
  thumbnailFileId: uuidSchema.nullable(),
  viewCount: z.number().int(),
  downloadCount: z.number().int(),
  updatedAt: z.string(),
});
export type MaterialSummary = z.infer<typeof materialSummarySchema>;

export const materialDetailSchema = materialSummarySchema.extend({
  description: z.string(),
  tags: z.array(z.string()),
  licence: licenceSchema,
  topics: z.array(z.object({ id: uuidSchema, title: z.string() })),
  /** Shown to the author and the reviewers only. */
  rejectionReason: z.string().nullable(),
  currentVersion: z.number().int(),
  versions: z.array(
    z.object({
      number: z.number().int(),
      note: z.string().nullable(),
      createdAt: z.string(),
      files: z.array(materialFileSchema),
    }),
  ),
  decisions: z.array(shareTrailEntrySchema),
  permissions: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    feature: z.boolean(),
    assign: z.boolean(),
    /** `own_request`: nobody decides their own request (another reviewer or the level above does). */
    reviewBlocked: reviewBlockSchema.default(null),
  }),
  approval: approvalStatusSchema.nullable().default(null),
});
export type MaterialDetail = z.infer<typeof materialDetailSchema>;

export const uploadTicketRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  size: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  contentType: z.string().max(200).optional(),
});

export const uploadTicketSchema = z.object({
  uploadId: uuidSchema,
  /** The browser sends the bytes here with PUT: straight to MinIO, or to the API on local disk. */
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  maxBytes: z.number(),
});

export const uploadSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  size: z.number().nullable(),
  status: z.enum(['pending', 'stored', 'rejected']),
  contentType: z.string().nullable(),
  category: z.string().nullable(),
  sha256: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  /** Materials that already hold a file with the same SHA-256. */
  duplicates: z.array(z.object({ materialId: uuidSchema, title: z.string() })),
});

export const materialSearchQuerySchema = z.object({
  q: searchTextSchema,
  subjectCode: csvParam(z.string()),
  grade: csvParam(gradeSchema),
  type: csvParam(materialTypeSchema),
  scope: csvParam(shareScopeSchema),
  schoolId: csvParam(uuidSchema),
  ...searchModeFields(24),
});

/** The library's facets: the search engine counts and filters by them, the web shows them as filters. */
export const materialFacets = ['subjectCode', 'grade', 'type', 'scope', 'schoolId'] as const;
export type MaterialFacet = (typeof materialFacets)[number];

const materialParams = z.object({ materialId: uuidSchema });

export const materialEndpoints = {
  search: endpoint({
    method: 'GET',
    path: '/api/materials',
    summary: 'Tìm học liệu (không dấu vẫn tìm được), với bộ lọc và số lượng theo nhóm',
    tags: ['materials'],
    auth: 'session',
    query: materialSearchQuerySchema,
    response: facetedResultsSchema(materialSummarySchema),
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/materials',
    summary: 'Tạo học liệu (bản nháp, riêng tư)',
    tags: ['materials'],
    auth: 'session',
    body: materialInputSchema,
    response: materialDetailSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/materials/:materialId',
    summary: 'Chi tiết học liệu: thông tin, phiên bản, trạng thái chia sẻ',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    response: materialDetailSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/materials/:materialId',
    summary: 'Sửa thông tin học liệu',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    body: materialInputSchema.partial(),
    response: materialDetailSchema,
  }),
  createUpload: endpoint({
    method: 'POST',
    path: '/api/uploads',
    summary: 'Xin địa chỉ tải tệp lên (MinIO: URL ký sẵn; mặc định: API)',
    tags: ['materials'],
    auth: 'session',
    body: uploadTicketRequestSchema,
    response: uploadTicketSchema,
  }),
  uploadContent: endpoint({
    method: 'PUT',
    path: '/api/uploads/:uploadId/content',
    summary: 'Gửi nội dung tệp (mặc định lưu trên đĩa; với MinIO trình duyệt gửi thẳng tới MinIO)',
    tags: ['materials'],
    auth: 'session',
    params: z.object({ uploadId: uuidSchema }),
    rawBody: true,
    response: z.object({ size: z.number(), sha256: z.string() }),
  }),
  completeUpload: endpoint({
    method: 'POST',
    path: '/api/uploads/:uploadId/complete',
    summary: 'Xác nhận đã tải tệp lên: kiểm tra nội dung, SHA-256, tệp trùng',
    tags: ['materials'],
    auth: 'session',
    params: z.object({ uploadId: uuidSchema }),
    response: uploadSchema,
  }),
  addVersion: endpoint({
    method: 'POST',
    path: '/api/materials/:materialId/versions',
    summary: 'Tạo phiên bản mới với các tệp đã tải lên (phiên bản cũ vẫn tải được)',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    body: z.object({
      uploadIds: z.array(uuidSchema).max(20).default([]),
      keepFileIds: z.array(uuidSchema).max(20).default([]),
      note: z.string().trim().max(500).optional(),
    }),
    response: materialDetailSchema,
  }),
  requestShare: endpoint({
    method: 'POST',
    path: '/api/materials/:materialId/share-requests',
    summary: 'Gửi duyệt chia sẻ ở phạm vi trường, huyện hoặc tỉnh',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    body: z.object({ scope: z.enum(['school', 'district', 'province']) }),
    response: materialDetailSchema,
  }),
  decide: endpoint({
    method: 'POST',
    path: '/api/materials/:materialId/decisions',
    summary: 'Duyệt hoặc từ chối (kèm lý do) một yêu cầu chia sẻ',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    body: z.discriminatedUnion('decision', [
      z.object({ decision: z.literal('approve') }),
      z.object({ decision: z.literal('reject'), reason: z.string().trim().min(3).max(1000) }),
    ]),
    response: materialDetailSchema,
  }),
  setFeatured: endpoint({
    method: 'POST',
    path: '/api/materials/:materialId/featured',
    summary: 'Đánh dấu bài giảng tiêu biểu (Sở GDĐT)',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    body: z.object({ featured: z.boolean() }),
    response: materialDetailSchema,
  }),
  reviewQueue: endpoint({
    method: 'GET',
    path: '/api/reviews/materials',
    summary: 'Học liệu chờ người dùng hiện tại duyệt',
    tags: ['materials'],
    auth: 'session',
    response: z.object({ items: z.array(materialSummarySchema) }),
  }),
  fileContent: endpoint({
    method: 'GET',
    path: '/api/materials/:materialId/files/:fileId/content',
    summary: 'Xem hoặc tải tệp (hỗ trợ HTTP Range; tải về giữ nguyên tên tệp)',
    tags: ['materials'],
    auth: 'session',
    params: z.object({ materialId: uuidSchema, fileId: uuidSchema }),
    query: z.object({ download: z.enum(['1', '0']).default('0') }),
    download: true,
    response: z.unknown(),
  }),
  fileThumbnail: endpoint({
    method: 'GET',
    path: '/api/materials/:materialId/files/:fileId/thumbnail',
    summary: 'Ảnh thu nhỏ của tệp',
    tags: ['materials'],
    auth: 'session',
    params: z.object({ materialId: uuidSchema, fileId: uuidSchema }),
    download: true,
    response: z.unknown(),
  }),
  packageFile: endpoint({
    method: 'GET',
    path: '/api/packages/:token/*',
    summary: 'Một tệp trong gói mô phỏng HTML5 (khung cô lập; quyền xem nằm trong mã token ngắn hạn)',
    tags: ['materials'],
    auth: 'public',
    params: z.object({ token: z.string().min(10).max(300), '*': z.string().max(500) }),
    download: true,
    response: z.unknown(),
  }),
  assignOnline: endpoint({
    method: 'POST',
    path: '/api/materials/:materialId/online-lessons',
    summary: 'Giao học liệu cho lớp như một bài học trực tuyến (ngày, số tiết)',
    tags: ['materials'],
    auth: 'session',
    params: materialParams,
    body: z.object({
      classId: uuidSchema,
      subjectCode: z.string().min(1).max(60),
      date: calendarDate(),
      periods: z.number().int().min(1).max(10),
    }),
    response: z.object({
      id: uuidSchema,
      classId: uuidSchema,
      subjectCode: z.string(),
      date: z.string(),
      periods: z.number().int(),
      source: z.string(),
    }),
  }),
};
