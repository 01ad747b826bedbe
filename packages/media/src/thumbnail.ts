import sharp from 'sharp';
import type { FileCategory } from './category.js';
import { pdfFirstPage } from './pdf-threads.js';
import { type MediaInput, readAll, sourceWithinCap } from './source.js';
import { TimeoutError } from './timeout.js';

export interface ThumbnailOptions {
  /** Maximum width in pixels (default 480); small images are not enlarged. */
  width: number;
  format: 'webp' | 'png';
  /** Inputs larger than this are skipped (default 64 MB for images, PDFs share the cap). */
  maxInputBytes: number;
  /** Decoded pixels an image may have (default 100 million): refuses "pixel bombs". */
  maxInputPixels: number;
  timeoutMs: number;
}

export type Thumbnail =
  | { ok: true; data: Buffer; format: 'webp' | 'png'; width: number; height: number }
  | { ok: false; code: 'UNSUPPORTED' | 'TOO_LARGE' | 'THUMBNAIL_FAILED' | 'TIMEOUT'; message: string };

export const DEFAULT_THUMBNAIL_OPTIONS: ThumbnailOptions = {
  width: 480,
  format: 'webp',
  maxInputBytes: 64 * 1024 * 1024,
  maxInputPixels: 100_000_000,
  timeoutMs: 30_000,
};

const MESSAGES = {
  UNSUPPORTED: 'Chưa hỗ trợ tạo ảnh xem trước cho loại tệp này.',
  TOO_LARGE: 'Tệp quá lớn để tạo ảnh xem trước.',
  THUMBNAIL_FAILED: 'Không tạo được ảnh xem trước (tệp hỏng hoặc định dạng chưa hỗ trợ).',
  TIMEOUT: 'Tạo ảnh xem trước mất quá nhiều thời gian.',
} as const;

/** A preview image, at most `width` pixels wide: images through sharp, PDFs by their first page. */
export async function makeThumbnail(
  category: FileCategory,
  input: MediaInput,
  overrides: Partial<ThumbnailOptions> = {},
): Promise<Thumbnail> {
  if (category !== 'image' && category !== 'pdf') return failure('UNSUPPORTED');
  const within = sourceWithinCap(input, DEFAULT_THUMBNAIL_OPTIONS, overrides);
  if (!within) return failure('TOO_LARGE');
  const { source, options } = within;
  try {
    const bytes = await readAll(source);
    const image = category === 'pdf' ? await pdfFirstPage(bytes, options.width, options.timeoutMs) : bytes;
    return await resize(image, options);
  } catch (error) {
    const timedOut = error instanceof TimeoutError || /timeout/i.test(String(error));
    return failure(timedOut ? 'TIMEOUT' : 'THUMBNAIL_FAILED');
  }
}

async function resize(image: Buffer, options: ThumbnailOptions): Promise<Thumbnail> {
  const pipeline = sharp(image, { limitInputPixels: options.maxInputPixels, failOn: 'error' })
    .rotate() // apply the EXIF orientation of phone photos
    .resize({ width: options.width, withoutEnlargement: true })
    .timeout({ seconds: Math.max(1, Math.ceil(options.timeoutMs / 1000)) });
  const encoded = options.format === 'png' ? pipeline.png() : pipeline.webp({ quality: 80 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { ok: true, data, format: options.format, width: info.width, height: info.height };
}

function failure(code: keyof typeof MESSAGES): Thumbnail {
  return { ok: false, code, message: MESSAGES[code] };
}
