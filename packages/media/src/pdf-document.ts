/// <reference path="./pdfjs-worker.d.ts" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  getDocument,
  type PDFDocumentLoadingTask,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withTimeout } from './timeout.js';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

let workerLoaded: Promise<unknown> | undefined;

/**
 * Loads a PDF with pdfjs' legacy (Node) build. The worker runs in this thread ("fake worker",
 * registered by importing it once): pdfjs' Node support has no worker_threads mode.
 * Scripting, eval and system fonts stay off; fonts and CMaps come from the pdfjs-dist package.
 */
async function loadPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  workerLoaded ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  await workerLoaded;
  return getDocument({
    // pdfjs refuses Buffers and may take ownership of the bytes: callers pass a private copy
    // (readAll always copies), so a plain view over it avoids a second copy of up to 100 MB.
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
}

/**
 * Opens the PDF and runs `work` on it within `timeoutMs` (a `TimeoutError` past it); pdfjs' task is
 * destroyed at the deadline, which stops its parsing, and always after.
 */
export async function withPdfDocument<T>(
  data: Uint8Array,
  timeoutMs: number,
  work: (document: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const task = await loadPdf(data);
  try {
    return await withTimeout(task.promise.then(work), timeoutMs, () => void task.destroy());
  } finally {
    await task.destroy();
  }
}
