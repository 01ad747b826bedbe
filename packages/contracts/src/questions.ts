import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { facetedResultsSchema } from './faceted-search.js';
import { INT4_MAX } from './numbers.js';
import { questionContentSchema, questionInputSchema } from './question-content.js';
import { questionImageSchema } from './question-images.js';
import {
  importCommitResultSchema,
  importCommitSchema,
  importPreviewSchema,
  questionCheckSchema,
} from './question-import.js';
import { questionSearchQuerySchema } from './question-search.js';
import { questionDetailSchema, questionSummarySchema } from './question-summary.js';

export * from './question-content.js';
export * from './question-images.js';
export * from './question-import.js';
export * from './question-search.js';
export * from './question-summary.js';

export const questionExportFormats = ['docx', 'moodle_xml', 'qti3'] as const;
export const questionExportFormatSchema = z.enum(questionExportFormats);
export type QuestionExportFormat = z.infer<typeof questionExportFormatSchema>;

const questionParams = z.object({ questionId: uuidSchema });
const tags = ['questions'];

export const questionEndpoints = {
  search: endpoint({
    method: 'GET',
    path: '/api/questions',
    summary: 'Tìm câu hỏi trong ngân hàng (không dấu vẫn tìm được), với bộ lọc và số lượng theo nhóm',
    tags,
    auth: 'session',
    query: questionSearchQuerySchema,
    response: facetedResultsSchema(questionSummarySchema),
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/questions',
    summary: 'Tạo câu hỏi (bản nháp)',
    tags,
    auth: 'session',
    body: questionInputSchema,
    response: questionDetailSchema,
  }),
  check: endpoint({
    method: 'POST',
    path: '/api/questions/check',
    summary: 'Kiểm tra câu hỏi trước khi lưu: lỗi nội dung và câu hỏi gần trùng trong phạm vi',
    tags,
    auth: 'session',
    body: z.object({ content: questionContentSchema, excludeId: uuidSchema.optional() }),
    response: questionCheckSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/questions/:questionId',
    summary: 'Chi tiết câu hỏi (kèm đáp án và lời giải): nội dung, phiên bản, trạng thái duyệt',
    tags,
    auth: 'session',
    params: questionParams,
    response: questionDetailSchema,
  }),
  update: endpoint({
    method: 'PUT',
    path: '/api/questions/:questionId',
    summary: 'Sửa câu hỏi; câu đã duyệt được lưu thành phiên bản mới',
    tags,
    auth: 'session',
    params: questionParams,
    body: questionInputSchema,
    response: questionDetailSchema,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/questions/:questionId',
    summary: 'Xoá câu hỏi nháp (câu đã duyệt được giữ vì đề kiểm tra có thể đang dùng)',
    tags,
    auth: 'session',
    params: questionParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  version: endpoint({
    method: 'GET',
    path: '/api/questions/:questionId/versions/:number',
    summary: 'Nội dung một phiên bản cũ của câu hỏi',
    tags,
    auth: 'session',
    params: z.object({ questionId: uuidSchema, number: z.coerce.number().int().min(1).max(INT4_MAX) }),
    response: z.object({ number: z.number().int(), content: questionContentSchema, createdAt: z.string() }),
  }),
  bulkTag: endpoint({
    method: 'POST',
    path: '/api/questions/tags',
    summary: 'Gắn hoặc bỏ thẻ cho nhiều câu hỏi của mình cùng lúc',
    tags,
    auth: 'session',
    body: z.object({
      ids: z.array(uuidSchema).min(1).max(500),
      add: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
      remove: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
    }),
    response: z.object({ updated: z.number().int() }),
  }),
  requestShare: endpoint({
    method: 'POST',
    path: '/api/questions/:questionId/share-requests',
    summary: 'Gửi duyệt câu hỏi ở phạm vi trường, huyện hoặc tỉnh',
    tags,
    auth: 'session',
    params: questionParams,
    body: z.object({ scope: z.enum(['school', 'district', 'province']) }),
    response: questionDetailSchema,
  }),
  decide: endpoint({
    method: 'POST',
    path: '/api/questions/:questionId/decisions',
    summary: 'Duyệt hoặc từ chối (kèm lý do) câu hỏi đang chờ duyệt',
    tags,
    auth: 'session',
    params: questionParams,
    body: z.discriminatedUnion('decision', [
      z.object({ decision: z.literal('approve') }),
      z.object({ decision: z.literal('reject'), reason: z.string().trim().min(3).max(1000) }),
    ]),
    response: questionDetailSchema,
  }),
  reviewQueue: endpoint({
    method: 'GET',
    path: '/api/reviews/questions',
    summary: 'Câu hỏi chờ người dùng hiện tại duyệt',
    tags,
    auth: 'session',
    response: z.object({ items: z.array(questionSummarySchema) }),
  }),
  importPreview: endpoint({
    method: 'POST',
    path: '/api/questions/import/preview',
    summary: 'Đọc tệp câu hỏi (Word, Moodle XML, GIFT, Aiken, QTI) và xem trước, chưa lưu gì',
    tags,
    auth: 'session',
    upload: true,
    response: importPreviewSchema,
  }),
  importCommit: endpoint({
    method: 'POST',
    path: '/api/questions/import',
    summary: 'Lưu các câu hỏi đã xem trước (câu lỗi được báo kèm số câu, câu tốt vẫn được lưu)',
    tags,
    auth: 'session',
    body: importCommitSchema,
    response: importCommitResultSchema,
  }),
  export: endpoint({
    method: 'POST',
    path: '/api/questions/export',
    summary: 'Xuất câu hỏi ra Word (.docx), Moodle XML hoặc gói QTI 3.0',
    tags,
    auth: 'session',
    body: z.object({ format: questionExportFormatSchema, ids: z.array(uuidSchema).min(1).max(1000) }),
    download: true,
    response: z.unknown(),
  }),
  wordTemplate: endpoint({
    method: 'GET',
    path: '/api/questions/word-template',
    summary: 'Tải tệp Word mẫu để soạn câu hỏi theo quy ước nhập',
    tags,
    auth: 'public',
    download: true,
    response: z.unknown(),
  }),
  uploadImage: endpoint({
    method: 'POST',
    path: '/api/question-images',
    summary: 'Tải một ảnh lên để chèn vào câu hỏi (PNG, JPEG, GIF, WEBP; SVG được vẽ thành PNG)',
    tags,
    auth: 'session',
    upload: true,
    response: questionImageSchema,
  }),
  image: endpoint({
    method: 'GET',
    path: '/api/question-images/:sha256',
    summary: 'Ảnh trong câu hỏi (địa chỉ theo SHA-256 của nội dung)',
    tags,
    auth: 'session',
    params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    download: true,
    response: z.unknown(),
  }),
};
