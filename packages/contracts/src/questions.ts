import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { gradeSchema, uuidSchema } from './enums.js';
import { facetedResultsSchema, searchModeFields, searchTextSchema } from './faceted-search.js';
import { approvalStatusSchema, reviewBlockSchema, shareScopeSchema } from './materials.js';
import { INT4_MAX } from './numbers.js';
import {
  hintsSchema,
  importedQuestionSchema,
  importProblemSchema,
  outcomeFeedbackSchema,
  questionFormatSchema,
  questionOptionSchema,
  questionStatementSchema,
  questionTypeSchema,
  shortAnswerSchema,
} from './question-model.js';
import { csvParam } from './search-params.js';

/**
 * A question in the bank. Its content is versioned (tests keep the version they used); its
 * metadata (subject, topic, level, tags...) describes the question and is edited in place.
 * HTML is sanitised by the API: math as `<span class="math" data-latex="…">`, images as
 * `/api/question-images/<sha256>`.
 */
/**
 * The elements question HTML may hold: what the API's sanitiser keeps, the web's second
 * allow-list renders and the editor's text form passes through verbatim.
 */
export const questionHtmlTags = [
  /** Links: `http:`/`https:` only, opened in a new tab (the API adds `rel`/`target`). */
  'a',
  'b',
  'br',
  'caption',
  'code',
  'col',
  'colgroup',
  'div',
  'em',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
] as const;

export const cognitiveLevels = ['biet', 'hieu', 'van_dung'] as const;
export const cognitiveLevelSchema = z.enum(cognitiveLevels);
export type CognitiveLevel = z.infer<typeof cognitiveLevelSchema>;

/** Derived from the sharing state: draft (private), submitted (waiting for a reviewer), approved. */
export const questionStatuses = ['draft', 'submitted', 'approved'] as const;
export const questionStatusSchema = z.enum(questionStatuses);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

const html = (max: number) => z.string().max(max);

/** One question's content, without children: a child of a group, or a question on its own. */
export const questionPartContentSchema = z.object({
  type: questionTypeSchema.exclude(['group']),
  stem: html(50_000),
  options: z.array(questionOptionSchema).max(8).default([]),
  statements: z.array(questionStatementSchema).max(4).default([]),
  answer: shortAnswerSchema.nullable().default(null),
  solution: html(50_000).nullable().default(null),
  /** Essays: the marking guide (hướng dẫn chấm) the teacher grades by. */
  rubric: html(20_000).nullable().default(null),
  feedback: outcomeFeedbackSchema.optional(),
  hints: hintsSchema.optional(),
});
export type QuestionPartContent = z.infer<typeof questionPartContentSchema>;

export const questionContentSchema = questionPartContentSchema.extend({
  type: questionTypeSchema,
  /** A group's questions sharing its stem (a reading passage, an experiment). */
  children: z.array(questionPartContentSchema).max(20).default([]),
});
export type QuestionContent = z.infer<typeof questionContentSchema>;
export type QuestionContentInput = z.input<typeof questionContentSchema>;

export const questionMetaSchema = z.object({
  subjectCode: z.string().min(1).max(60).nullable().default(null),
  grade: z.number().int().min(1).max(12).nullable().default(null),
  topicId: uuidSchema.nullable().default(null),
  /** Yêu cầu cần đạt. */
  learningOutcome: z.string().trim().max(1000).default(''),
  level: cognitiveLevelSchema.nullable().default(null),
  /** 1 (easy) to 5 (hard). */
  difficulty: z.number().int().min(1).max(5).nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  source: z.string().trim().max(300).default(''),
});
export type QuestionMeta = z.infer<typeof questionMetaSchema>;

export const questionInputSchema = z.object({
  content: questionContentSchema,
  meta: questionMetaSchema,
});
export type QuestionInput = z.input<typeof questionInputSchema>;
/** A question input once parsed (defaults filled): what the API's services receive. */
export type ParsedQuestionInput = z.output<typeof questionInputSchema>;

export const similarQuestionSchema = z.object({
  id: uuidSchema,
  /** Plain text of the stem, shortened; formulas kept as `$…$` LaTeX for the web app to typeset. */
  stemText: z.string(),
  /** 0..1, trigram similarity of the folded stems. */
  similarity: z.number(),
});
export type SimilarQuestion = z.infer<typeof similarQuestionSchema>;

const named = z.object({ code: z.string(), name: z.string() });

export const questionSummarySchema = z.object({
  id: uuidSchema,
  type: questionTypeSchema,
  /** Sanitised HTML of the current version's stem (math as data-latex spans). */
  stem: z.string(),
  subject: named.nullable(),
  grade: z.number().int().nullable(),
  topic: z.object({ id: uuidSchema, title: z.string() }).nullable(),
  level: cognitiveLevelSchema.nullable(),
  difficulty: z.number().int().nullable(),
  tags: z.array(z.string()),
  status: questionStatusSchema,
  scope: shareScopeSchema,
  requestedScope: shareScopeSchema.nullable(),
  author: z.object({ id: uuidSchema, fullName: z.string() }),
  school: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  currentVersion: z.number().int(),
  updatedAt: z.string(),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const questionDetailSchema = questionSummarySchema.extend({
  content: questionContentSchema,
  meta: questionMetaSchema,
  rejectionReason: z.string().nullable(),
  versions: z.array(z.object({ number: z.number().int(), createdBy: z.string(), createdAt: z.string() })),
  decisions: z.array(
    z.object({
      action: z.string(),
      scope: shareScopeSchema.nullable(),
      reason: z.string().nullable(),
      actor: z.string(),
      createdAt: z.string(),
    }),
  ),
  permissions: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    /** `own_request`: nobody decides their own request (another reviewer or the level above does). */
    reviewBlocked: reviewBlockSchema.default(null),
  }),
  /** The scope a share request would ask for next, when the viewer may ask. */
  nextScope: shareScopeSchema.nullable(),
  approval: approvalStatusSchema.nullable().default(null),
});
export type QuestionDetail = z.infer<typeof questionDetailSchema>;

/** One question of an import preview, already in bank form (images stored, HTML sanitised). */
export const importPreviewItemSchema = z.object({
  /** As in the file: "Câu 3". */
  number: z.string(),
  content: questionContentSchema,
  meta: questionMetaSchema,
  problems: z.array(importProblemSchema),
  similar: z.array(similarQuestionSchema),
});
export type ImportPreviewItem = z.infer<typeof importPreviewItemSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: questionFormatSchema.nullable(),
  items: z.array(importPreviewItemSchema),
  /** File-level problems: not a real .docx, zip bomb, external entities... */
  problems: z.array(importProblemSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitSchema = z.object({
  items: z
    .array(questionInputSchema.extend({ number: z.string().max(40).default('') }))
    .min(1)
    .max(1000),
  /** Submit every imported question for school review at once. */
  submit: z.boolean().default(false),
});

export const importCommitResultSchema = z.object({
  created: z.array(z.object({ number: z.string(), id: uuidSchema })),
  /** Items left out, by their position in the request and number in the file; the others are kept. */
  failed: z.array(
    z.object({ index: z.number().int(), number: z.string(), problems: z.array(importProblemSchema) }),
  ),
});
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;

export const questionCheckSchema = z.object({
  problems: z.array(importProblemSchema),
  similar: z.array(similarQuestionSchema),
});

export const questionSearchQuerySchema = z.object({
  q: searchTextSchema,
  subjectCode: csvParam(z.string()),
  grade: csvParam(gradeSchema),
  topicId: csvParam(uuidSchema),
  level: csvParam(cognitiveLevelSchema),
  type: csvParam(questionTypeSchema),
  status: csvParam(questionStatusSchema),
  scope: csvParam(shareScopeSchema),
  ...searchModeFields(20),
});
export type QuestionSearchQuery = z.input<typeof questionSearchQuerySchema>;

/** The bank's facets: the search engine counts and filters by them, the web shows them as filters. */
export const questionBankFacets = [
  'subjectCode',
  'grade',
  'topicId',
  'level',
  'type',
  'status',
  'scope',
] as const;
export type QuestionBankFacet = (typeof questionBankFacets)[number];

export const questionExportFormats = ['docx', 'moodle_xml', 'qti3'] as const;
export const questionExportFormatSchema = z.enum(questionExportFormats);
export type QuestionExportFormat = z.infer<typeof questionExportFormatSchema>;

const questionParams = z.object({ questionId: uuidSchema });
const tags = ['questions'];

/** Where stored question images are served; the only image source question HTML may use. */
export const QUESTION_IMAGE_PATH = '/api/question-images/';
/** One stored question image's address, `/api/question-images/<sha256>`, the SHA-256 captured. */
export const questionImageUrlPattern = /^\/api\/question-images\/([0-9a-f]{64})$/;
/** Every stored image address inside some HTML; a new regex each call, as a global one keeps state. */
export const questionImageUrlsPattern = () => /\/api\/question-images\/([0-9a-f]{64})/g;

/** An image stored for question text: its served address and its size in pixels. */
export const questionImageSchema = z.object({
  url: z.string().regex(questionImageUrlPattern),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type QuestionImage = z.infer<typeof questionImageSchema>;

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

/** What `pnpm cli questions import --dry-run --json` prints: one file's parse, checked by this schema. */
export const questionImportDryRunSchema = z.object({
  file: z.string(),
  format: questionFormatSchema.nullable(),
  questions: z.array(importedQuestionSchema),
  images: z.array(z.object({ id: z.string(), contentType: z.string(), bytes: z.number().int() })),
  problems: z.array(importProblemSchema),
  summary: z.object({ questions: z.number().int(), errors: z.number().int(), warnings: z.number().int() }),
});
export type QuestionImportDryRun = z.infer<typeof questionImportDryRunSchema>;
