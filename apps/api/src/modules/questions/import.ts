import {
  errorMessage,
  type ImportCommitResult,
  type ImportedQuestion,
  type ImportPreview,
  type ImportPreviewItem,
  type ImportProblem,
  type ImportResult,
  type ParsedQuestionInput,
  type QuestionContent,
  type QuestionPartContent,
} from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, checkQuestionContent, hasErrors, mapPartHtml } from '@hoclieu/domain';
import { DEFAULT_DOCX_LIMITS, type DocxLimits, type ParseOptions } from '@hoclieu/question-formats';
import { ParserBusyError, ParseTooCostlyError } from '@hoclieu/question-formats/parse-pool';
import type { BlobStore } from '@hoclieu/storage';
import { AppError } from '../../http/errors.js';
import { bankViewer } from './access.js';
import { cleanContent, stemKey } from './content.js';
import { linkImages, storeImages } from './images.js';
import type { QuestionService } from './service.js';
import { similarQuestionsOf, similarWithinBudget } from './similar.js';

const MAX_CHILDREN = 20;
/**
 * Questions previewed from one file. A paper has a few dozen and a bank file a few hundred; each
 * previewed question costs a near-duplicate lookup, so a 10 KB .docx of 20,000 one-line questions would
 * otherwise hold the request for minutes. The rest are reported, not silently dropped.
 */
export const MAX_PREVIEW_QUESTIONS = 500;

/**
 * Tighter than the package defaults: the API parses uploads from anyone signed in, and a Word
 * part becomes a DOM many times its size. A 100-page exam's document.xml is a few MB.
 */
const API_DOCX_LIMITS: DocxLimits = {
  ...DEFAULT_DOCX_LIMITS,
  maxPartBytes: 16 * 1024 ** 2,
  zip: { ...DEFAULT_DOCX_LIMITS.zip, maxTotalUncompressedBytes: 64 * 1024 ** 2, timeoutMs: 10_000 },
};

/** Time a preview spends looking for near-duplicates before it answers with what it has. */
const SIMILAR_BUDGET_MS = 5_000;

const similarUnchecked = (checked: number): ImportProblem => ({
  severity: 'warning',
  code: 'SIMILAR_CHECK_PARTIAL',
  message: `Đã tìm câu hỏi gần trùng cho ${checked} câu đầu; các câu sau chưa được kiểm tra vì kho câu hỏi lớn. Khi sửa từng câu, hệ thống vẫn cảnh báo nếu có câu gần trùng.`,
  location: null,
});

const tooManyQuestions = (count: number): ImportProblem => ({
  severity: 'error',
  code: 'TOO_MANY_QUESTIONS',
  message: `Tệp có ${count.toLocaleString('vi-VN')} câu hỏi; mỗi lần chỉ xem trước được ${MAX_PREVIEW_QUESTIONS} câu đầu. Hãy chia tệp thành nhiều tệp nhỏ hơn.`,
  location: null,
});

const imageDropped = (location: string): ImportProblem => ({
  severity: 'warning',
  code: 'IMAGE_DROPPED',
  message:
    'Ảnh không phải PNG/JPEG/GIF/WEBP (ví dụ hình vẽ EMF/WMF của Word) nên không hiển thị được; đã bỏ. Hãy chèn lại ảnh.',
  location,
});

function partOf(q: ImportedQuestion, link: (html: string) => string): QuestionPartContent {
  const { type, stem, options, statements, answer, solution, rubric, feedback, hints } = mapPartHtml(q, link);
  return {
    type: type === 'group' ? 'essay' : type,
    stem,
    options,
    statements,
    answer,
    solution,
    rubric: rubric || null,
    ...(feedback && { feedback }),
    ...(hints && { hints }),
  };
}

/** The file's own tags (Moodle tags, "vận dụng cao" from a VDC marker) and its Moodle category. */
function tagsOf(metadata: ImportedQuestion['metadata']): string[] {
  const own = Array.isArray(metadata.tags) ? metadata.tags.filter((t) => typeof t === 'string') : [];
  const category =
    typeof metadata.category === 'string' ? [metadata.category.split('/').pop()?.trim() || 'nhập'] : [];
  const tags = [...own, ...category].map((t) => t.trim().slice(0, 50)).filter(Boolean);
  return [...new Set(tags)].slice(0, 20);
}

function contentOf(q: ImportedQuestion, link: (html: string) => string): QuestionContent {
  return cleanContent({
    ...partOf(q, link),
    type: q.type,
    children: q.children.slice(0, MAX_CHILDREN).map((child) => partOf(child, link)),
  });
}

/** Problems of the parser and of our content rules, each once. */
function mergeProblems(found: ImportProblem[], more: ImportProblem[]): ImportProblem[] {
  const seen = new Set(found.map((p) => p.code));
  return [...found, ...more.filter((p) => !seen.has(p.code))];
}

/** A file to questions: the API's parser threads, or `parseQuestions` itself in a command. */
export type ParseQuestionFile = (
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions,
) => Promise<ImportResult>;

function parseFailure(error: unknown): AppError {
  if (error instanceof ParseTooCostlyError) return new AppError('QUESTION_FILE_TOO_COSTLY');
  if (error instanceof ParserBusyError) return new AppError('QUESTION_IMPORT_BUSY');
  // The parsers never throw on bad content; anything else is a bug we still answer cleanly.
  return new AppError('QUESTION_FILE_UNREADABLE');
}

/**
 * Import in two steps. Preview parses the file, stores its images and returns every question in
 * bank form with its problems; nothing else is saved, so the teacher can fix or skip items.
 * Commit then saves the items sent back, each on its own: a bad item is reported by its number
 * and the good ones are kept.
 */
export function createQuestionImport(
  db: Db,
  storage: BlobStore,
  questions: QuestionService,
  onChange: () => void,
  parse: ParseQuestionFile,
) {
  return {
    async preview(actor: Actor, fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
      const viewer = bankViewer(actor);
      const parsed = await parse(bytes, fileName, { limits: API_DOCX_LIMITS }).catch((error) => {
        throw parseFailure(error);
      });
      const urls = await storeImages(storage, parsed.images);
      const drafts = parsed.questions.slice(0, MAX_PREVIEW_QUESTIONS).map((q, index) => {
        const missing = new Set<string>();
        const content = contentOf(q, (html) => linkImages(html, urls, missing));
        const location = q.number || `Câu ${index + 1}`;
        const problems = mergeProblems(
          [...q.problems, ...(missing.size ? [imageDropped(location)] : [])],
          checkQuestionContent(content, location),
        );
        const meta: ImportPreviewItem['meta'] = {
          subjectCode: null,
          grade: null,
          topicId: null,
          learningOutcome: '',
          level: q.level,
          difficulty: null,
          tags: tagsOf(q.metadata),
          source: fileName.slice(0, 300),
        };
        return { number: q.number, content, meta, problems };
      });
      const similar = await similarWithinBudget(
        (keys) => similarQuestionsOf(db, viewer, keys),
        drafts.map((draft) => stemKey(draft.content)),
        SIMILAR_BUDGET_MS,
      );
      const items: ImportPreviewItem[] = drafts.map((draft, index) => ({
        ...draft,
        similar: similar[index] ?? [],
      }));
      const problems = [
        ...parsed.problems,
        ...(parsed.questions.length > MAX_PREVIEW_QUESTIONS
          ? [tooManyQuestions(parsed.questions.length)]
          : []),
        ...(similar.length < drafts.length ? [similarUnchecked(similar.length)] : []),
      ];
      return { fileName, format: parsed.format, items, problems };
    },

    async commit(
      actor: Actor,
      body: { items: (ParsedQuestionInput & { number: string })[]; submit: boolean },
    ): Promise<ImportCommitResult> {
      bankViewer(actor);
      const result: ImportCommitResult = { created: [], failed: [] };
      for (const [index, item] of body.items.entries()) {
        const number = item.number || `Câu ${index + 1}`;
        try {
          await questions.checkReferences(item.meta);
          const content = cleanContent(item.content);
          const problems = checkQuestionContent(content, number);
          if (hasErrors(problems)) {
            result.failed.push({ index, number, problems });
            continue;
          }
          const id = await db.$transaction((tx) =>
            questions.insert(tx, actor, { content, meta: item.meta }, body.submit),
          );
          result.created.push({ number, id });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          result.failed.push({
            index,
            number,
            problems: [
              { severity: 'error', code: error.code, message: errorMessage(error.code), location: number },
            ],
          });
        }
      }
      if (result.created.length) onChange();
      return result;
    },
  };
}
