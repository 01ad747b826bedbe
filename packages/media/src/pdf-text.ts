import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withPdfDocument } from './pdf-document.js';
import { type TextExtraction, type TextExtractionOptions, textFailure, textSuccess } from './text-result.js';
import { TimeoutError } from './timeout.js';

/** Text of every page in order, stopping at the page where `maxChars` is reached. */
export async function extractPdfText(
  data: Uint8Array,
  options: TextExtractionOptions,
): Promise<TextExtraction> {
  const work = async (document: PDFDocumentProxy) => {
    let text = '';
    let truncated = false;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      text += `${pageText(await page.getTextContent())}\n\n`;
      page.cleanup();
      if (text.length > options.maxChars) {
        truncated = true;
        break;
      }
    }
    const result = textSuccess(text, options.maxChars, document.numPages);
    return result.ok && truncated ? { ...result, truncated } : result;
  };
  try {
    return await withPdfDocument(data, options.timeoutMs, work);
  } catch (error) {
    return textFailure(error instanceof TimeoutError ? 'TIMEOUT' : 'EXTRACT_FAILED');
  }
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

function pageText(content: TextContent): string {
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}
