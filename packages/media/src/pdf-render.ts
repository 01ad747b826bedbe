import type { Canvas } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withPdfDocument } from './pdf-document.js';

type CanvasContext = Parameters<PDFPageProxy['render']>[0]['canvasContext'];

/** Pixels rendered per target pixel: the downscale in sharp smooths text edges. */
const OVERSAMPLE = 2;
/** Odd page boxes (a 5 m banner) must not make a giant canvas. */
const MAX_CANVAS_PIXELS = 16_000_000;

/**
 * Renders page 1 of a PDF to PNG with pdfjs on a @napi-rs/canvas (prebuilt, no system
 * libraries), about `width * 2` pixels wide.
 */
export async function renderPdfFirstPage(
  data: Uint8Array,
  width: number,
  timeoutMs: number,
): Promise<Buffer> {
  return withPdfDocument(data, timeoutMs, async (document) => {
    const page = await document.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    let scale = (width * OVERSAMPLE) / unscaled.width;
    const pixels = unscaled.width * unscaled.height * scale * scale;
    if (pixels > MAX_CANVAS_PIXELS) scale *= Math.sqrt(MAX_CANVAS_PIXELS / pixels);
    const viewport = page.getViewport({ scale });
    const canvas: Canvas = createCanvas(
      Math.max(1, Math.round(viewport.width)),
      Math.max(1, Math.round(viewport.height)),
    );
    const context = canvas.getContext('2d');
    // pdfjs types its canvas as the DOM one; @napi-rs/canvas implements the same drawing API.
    await page.render({ canvasContext: context as unknown as CanvasContext, viewport }).promise;
    return canvas.toBuffer('image/png');
  });
}
