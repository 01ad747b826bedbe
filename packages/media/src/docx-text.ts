import mammoth from 'mammoth';
import type { RandomAccessSource } from './source.js';
import { readAll } from './source.js';
import { type TextExtraction, type TextExtractionOptions, textFailure, textSuccess } from './text-result.js';
import { inspectZip } from './zip-inspect.js';

/**
 * Raw text through mammoth. mammoth inflates the whole package in memory, so the zip is
 * first checked by content (bytes really inflated, not the declared sizes) against a cap.
 */
export async function extractDocxText(
  source: RandomAccessSource,
  options: TextExtractionOptions,
): Promise<TextExtraction> {
  const inspection = await inspectZip(
    source,
    {
      verifyContent: true,
      maxTotalUncompressedBytes: options.maxInflatedBytes,
      timeoutMs: options.timeoutMs,
    },
    'office',
  );
  const blocking = inspection.problems.filter((problem) => problem.code !== 'EXECUTABLE_ENTRY');
  if (blocking.length > 0) {
    return textFailure(
      blocking.some((problem) => problem.code === 'TOO_LARGE') ? 'TOO_LARGE' : 'EXTRACT_FAILED',
    );
  }
  const { value } = await mammoth.extractRawText({ buffer: await readAll(source) });
  return textSuccess(value, options.maxChars);
}
