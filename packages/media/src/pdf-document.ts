/// <reference path="./pdfjs-worker.d.ts" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

let workerLoaded: Promise<unknown> | undefined;

/**
 * Loads a PDF with pdfjs' legacy (Node) build. The worker runs in this thread ("fake worker",
 * registered by importing it once): pdfjs' Node support has no worker_threads mode.
 * Scripting, eval and system fonts stay off; fonts and CMaps come from the pdfjs-dist package.
 */
export async function loadPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
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
