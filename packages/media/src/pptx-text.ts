import type yauzl from 'yauzl';
import { slideOrder } from './pptx-slide-order.js';
import type { RandomAccessSource } from './source.js';
import { type TextExtraction, type TextExtractionOptions, textSuccess } from './text-result.js';
import { drawingMlText } from './xml-text.js';
import { entryName, nextEntry, openZip, readEntry } from './zip-open.js';

/** An XML part larger than this is not a slide anyone wrote by hand: skipped, not inflated. */
const MAX_PART_BYTES = 32 * 1024 * 1024;
const SLIDE = /^ppt\/slides\/slide\d+\.xml$/;

/** Slide text in presentation order, one slide after another, read straight from the zip. */
export async function extractPptxText(
  source: RandomAccessSource,
  options: TextExtractionOptions,
): Promise<TextExtraction> {
  const zip = await openZip(source);
  try {
    const parts = new Map<string, yauzl.Entry>();
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip))
      parts.set(entryName(entry), entry);
    const read = async (path: string) => {
      const entry = parts.get(path);
      return entry && entry.uncompressedSize <= MAX_PART_BYTES
        ? (await readEntry(zip, entry, MAX_PART_BYTES)).toString('utf8')
        : undefined;
    };
    const slides = slideOrder(
      [...parts.keys()].filter((path) => SLIDE.test(path)),
      await read('ppt/presentation.xml'),
      await read('ppt/_rels/presentation.xml.rels'),
    );
    let text = '';
    for (const slide of slides) {
      const xml = await read(slide);
      if (xml) text += `${drawingMlText(xml)}\n\n`;
      if (text.length > options.maxChars) break;
    }
    return textSuccess(text, options.maxChars, slides.length);
  } finally {
    zip.close();
  }
}
