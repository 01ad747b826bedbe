import { renderPdfFirstPage } from './pdf-render.js';
import { extractPdfText } from './pdf-text.js';
import type { TextExtraction, TextExtractionOptions } from './text-result.js';

/**
 * Runs on a worker thread only (see pdf-threads.ts): pdfjs' legacy build installs core-js
 * polyfills over built-ins of the realm that loads it (Array.prototype.push, JSON.parse,
 * Function.prototype.toString…), which would slow every request of the API's thread.
 */
export type PdfTask =
  | { kind: 'text'; bytes: Uint8Array; options: TextExtractionOptions }
  | { kind: 'first-page'; bytes: Uint8Array; width: number; timeoutMs: number };

export default async function runPdfTask(task: PdfTask): Promise<TextExtraction | Uint8Array> {
  if (task.kind === 'text') return extractPdfText(task.bytes, task.options);
  const png = await renderPdfFirstPage(task.bytes, task.width, task.timeoutMs);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
