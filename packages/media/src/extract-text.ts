import type { FileCategory } from './category.js';
import { extractDocxText } from './docx-text.js';
import { pdfText } from './pdf-threads.js';
import { extractPptxText } from './pptx-text.js';
import { type MediaInput, type RandomAccessSource, readAll, readRange, sourceWithinCap } from './source.js';
import {
  DEFAULT_TEXT_OPTIONS,
  type TextExtraction,
  type TextExtractionOptions,
  textFailure,
  textSuccess,
} from './text-result.js';
import { TimeoutError, withTimeout } from './timeout.js';

/**
 * Text for the search index. PDF, DOCX, PPTX and plain text; anything else is `UNSUPPORTED`.
 * Never throws for bad content: a broken file gives `EXTRACT_FAILED`.
 */
export async function extractText(
  category: FileCategory,
  input: MediaInput,
  overrides: Partial<TextExtractionOptions> = {},
): Promise<TextExtraction> {
  const within = sourceWithinCap(input, DEFAULT_TEXT_OPTIONS, overrides);
  if (!within) return textFailure('TOO_LARGE');
  const { source, options } = within;
  try {
    switch (category) {
      case 'pdf':
        // On the PDF thread, which applies the timeout itself (it can cancel pdfjs' loading task).
        return await pdfText(await readAll(source), options);
      case 'docx':
        return await withTimeout(extractDocxText(source, options), options.timeoutMs);
      case 'pptx':
        return await withTimeout(extractPptxText(source, options), options.timeoutMs);
      case 'text':
        return await plainText(source, options);
      default:
        return textFailure('UNSUPPORTED');
    }
  } catch (error) {
    return textFailure(error instanceof TimeoutError ? 'TIMEOUT' : 'EXTRACT_FAILED');
  }
}

/** UTF-8 (or UTF-16 with a byte-order mark); only the bytes that can fill `maxChars` are read. */
async function plainText(
  source: RandomAccessSource,
  options: TextExtractionOptions,
): Promise<TextExtraction> {
  const bytes = await readRange(source, 0, options.maxChars * 4 + 4);
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  const result = textSuccess(new TextDecoder(encoding).decode(bytes), options.maxChars);
  return result.ok && bytes.byteLength < source.size ? { ...result, truncated: true } : result;
}
