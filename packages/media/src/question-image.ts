import sharp from 'sharp';

export interface FittedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

/** Longest side a picture in a question needs: twice a wide column, sharp on dense phone screens. */
export const QUESTION_IMAGE_MAX_SIDE = 2000;
/** Decoded pixels read at most: refuses "pixel bombs" that a few KB of PNG can declare. */
const MAX_PIXELS = 50_000_000;

/**
 * A web picture (PNG, JPEG, GIF or WEBP, already recognised by its bytes) made ready for question text:
 * its size in pixels, and a phone photo larger than needed (or turned by its EXIF orientation) drawn
 * upright and smaller, in its own format. GIFs are kept as sent so animations survive. Null when the
 * bytes do not decode.
 */
export async function fitQuestionImage(
  bytes: Buffer,
  maxSide = QUESTION_IMAGE_MAX_SIDE,
): Promise<FittedImage | null> {
  const options = { limitInputPixels: MAX_PIXELS, failOn: 'error' } as const;
  try {
    const meta = await sharp(bytes, options).metadata();
    const { width, height } = meta.autoOrient;
    if (!width || !height || width * height > MAX_PIXELS) return null;
    const upright = (meta.orientation ?? 1) === 1;
    if (meta.format === 'gif' || (upright && Math.max(width, height) <= maxSide)) {
      return { bytes, width, height };
    }
    const { data, info } = await sharp(bytes, options)
      .autoOrient()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .toFormat(meta.format)
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}
