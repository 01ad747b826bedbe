import type {
  ImportedImage,
  ImportedQuestion,
  ImportResult,
  QuestionExportFormat,
  QuestionFormat,
} from '@hoclieu/contracts';
import { detectFormat } from './detect.js';
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from './docx/package-parts.js';
import { parseDocx } from './docx/read-docx.js';
import { exportDocx } from './docx-export/docx-export.js';
import { exportMoodleXml } from './moodle/moodle-export.js';
import { parseMoodleXml } from './moodle/moodle-import.js';
import { exportQti3 } from './qti/qti-export.js';
import { parseQtiPackage, parseQtiXml } from './qti/qti-import.js';
import { failedResult } from './question.js';
import { parseAiken } from './text/aiken.js';
import { parseGift } from './text/gift.js';

export interface ParseOptions {
  /** Skip detection. */
  format?: QuestionFormat;
  limits?: DocxLimits;
  /** Text formats larger than this are refused (default 20 MB). */
  maxTextBytes?: number;
}

/** Any supported file to questions. Never throws on bad content: problems are in the result. */
export async function parseQuestions(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<ImportResult> {
  const format = options.format ?? detectFormat(fileName, bytes);
  const limits = options.limits ?? DEFAULT_DOCX_LIMITS;
  if (!format) return failedResult(null, 'UNKNOWN_FORMAT');
  if (format === 'docx') return parseDocx(bytes, limits);
  if (format === 'qti' && bytes[0] === 0x50 && bytes[1] === 0x4b) return parseQtiPackage(bytes, limits);
  if (bytes.byteLength > (options.maxTextBytes ?? 20 * 1024 ** 2))
    return failedResult(format, 'FILE_TOO_LARGE');
  // Strict: a legacy Vietnamese encoding decoded leniently turns every accented letter into U+FFFD
  // and the teacher would import garbled questions without being told.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failedResult(format, 'NOT_UTF8');
  }
  text = withoutControlCharacters(text);
  if (format === 'aiken') return parseAiken(text);
  if (format === 'gift') return parseGift(text);
  if (format === 'qti') return parseQtiXml(text);
  return parseMoodleXml(text);
}

/**
 * Control characters other than tab and line breaks (a form feed from a page break, a stray NUL from
 * another system) carry nothing a question needs, and the API refuses them in every text it is sent
 * (INVALID_TEXT): a page break becomes a line break, the rest a space, so the file still comes in.
 */
function withoutControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return text.replace(/[\u000B\u000C]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, ' ');
}

/** Questions (and the images they reference) as a file of the given format. */
export async function exportQuestions(
  questions: ImportedQuestion[],
  format: QuestionExportFormat,
  images: ImportedImage[] = [],
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  switch (format) {
    case 'moodle_xml':
      return {
        fileName: 'questions.xml',
        contentType: 'application/xml',
        bytes: Buffer.from(exportMoodleXml(questions, images), 'utf8'),
      };
    case 'qti3':
      return {
        fileName: 'questions-qti3.zip',
        contentType: 'application/zip',
        bytes: await exportQti3(questions, images),
      };
    case 'docx':
      return {
        fileName: 'cau-hoi.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await exportDocx(questions, images),
      };
    default:
      throw new Error(`Unsupported export format: ${String(format)}`);
  }
}
