import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type ImportedImage, QUESTION_IMAGE_PATH, questionImageUrlsPattern } from '@hoclieu/contracts';
import { svgToPng } from '@hoclieu/media';
import type { BlobStore } from '@hoclieu/storage';

/**
 * Images browsers show. SVG (e.g. a MathType equation's preview, converted from WMF by the parser)
 * is stored as a PNG drawn from it; Word's raw EMF/WMF and anything else are left out with a warning.
 */
const WEB_IMAGES: [string, (b: Buffer) => boolean][] = [
  [
    'image/png',
    (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    'image/webp',
    (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
];

/** The type of a web image from its bytes (never from the name), or null. */
export function webImageType(bytes: Buffer): string | null {
  return WEB_IMAGES.find(([, matches]) => matches(bytes))?.[0] ?? null;
}

export const imageKey = (sha256: string) => `question-images/${sha256}`;

/**
 * Stores a question's images by content hash (the same picture in many questions is kept once)
 * and returns embedded id -> served URL; ids missing from the map were not web images.
 */
export async function storeImages(storage: BlobStore, images: ImportedImage[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const image of images) {
    const given = Buffer.from(image.dataBase64, 'base64');
    const bytes = webImageType(given) ? given : ((await svgToPng(given)) ?? given);
    const contentType = webImageType(bytes);
    if (!contentType) continue;
    urls.set(image.id, await putImage(storage, bytes, contentType));
  }
  return urls;
}

/** Stores one web image under its SHA-256 (once, however often it is sent) and returns its URL. */
export async function putImage(storage: BlobStore, bytes: Buffer, contentType: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!(await storage.stat(imageKey(sha256)))) {
    await storage.put(imageKey(sha256), Readable.from([bytes]), { contentType, size: bytes.length });
  }
  return `${QUESTION_IMAGE_PATH}${sha256}`;
}

/** `embedded:ID` sources to stored URLs; reports the ids that had no stored image. */
export function linkImages(html: string, urls: Map<string, string>, missing: Set<string>): string {
  return html.replace(/src="embedded:([^"]*)"/g, (whole, id: string) => {
    const url = urls.get(id);
    if (url) return `src="${url}"`;
    missing.add(id);
    return whole;
  });
}

/** Stored URLs back to `embedded:SHA` for export, with the bytes the exporter packs. */
export async function embedImages(storage: BlobStore, htmls: string[]): Promise<ImportedImage[]> {
  const shas = new Set<string>();
  for (const html of htmls) {
    for (const match of html.matchAll(questionImageUrlsPattern())) shas.add(match[1] as string);
  }
  const images: ImportedImage[] = [];
  for (const sha of shas) {
    const blob = await storage.get(imageKey(sha)).catch(() => null);
    if (!blob) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of blob.body) chunks.push(chunk as Buffer);
    images.push({
      id: sha,
      contentType: blob.contentType,
      dataBase64: Buffer.concat(chunks).toString('base64'),
    });
  }
  return images;
}

export const toEmbedded = (html: string) => html.replace(questionImageUrlsPattern(), 'embedded:$1');
