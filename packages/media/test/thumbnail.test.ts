import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeThumbnail, type Thumbnail } from '../src/index.js';
import { buildPdf } from './pdf-builder.js';

function image(width: number, height: number, background = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

function dataOf(thumbnail: Thumbnail): Buffer {
  if (!thumbnail.ok) throw new Error(`thumbnail failed: ${thumbnail.code}`);
  return thumbnail.data;
}

describe('makeThumbnail', () => {
  it('shrinks an image to 480 px wide WebP, keeping the aspect ratio', async () => {
    const thumbnail = await makeThumbnail('image', await image(1200, 800));
    expect(thumbnail).toMatchObject({ ok: true, format: 'webp', width: 480, height: 320 });
    expect(await sharp(dataOf(thumbnail)).metadata()).toMatchObject({
      format: 'webp',
      width: 480,
      height: 320,
    });
  });

  it('does not enlarge a small image, and can write PNG', async () => {
    const thumbnail = await makeThumbnail('image', await image(200, 100), { format: 'png' });
    expect(await sharp(dataOf(thumbnail)).metadata()).toMatchObject({
      format: 'png',
      width: 200,
      height: 100,
    });
  });

  it('renders the first page of a PDF', async () => {
    const thumbnail = await makeThumbnail('pdf', buildPdf(['Phân số và số thập phân', 'Trang 2']), {
      format: 'png',
    });
    // A US Letter page (612 x 792 pt) at 480 px wide.
    expect(thumbnail).toMatchObject({ ok: true, width: 480, height: 621 });
    const { data, info } = await sharp(dataOf(thumbnail)).raw().toBuffer({ resolveWithObject: true });
    // The page's red rectangle (x 72-372 pt, y 142-292 pt from the top) is drawn on white paper.
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels).subarray(0, 3),
    ];
    expect(pixel(150, 170)).toEqual([255, 0, 0]);
    expect(pixel(10, 10)).toEqual([255, 255, 255]);
  });

  it('fails cleanly on broken input, huge pixel counts and other categories', async () => {
    expect(await makeThumbnail('image', Buffer.from('not an image'))).toMatchObject({
      ok: false,
      code: 'THUMBNAIL_FAILED',
    });
    expect(await makeThumbnail('pdf', Buffer.from('%PDF-1.4 broken'))).toMatchObject({ ok: false });
    expect(
      await makeThumbnail('image', await image(2000, 2000), { maxInputPixels: 1_000_000 }),
    ).toMatchObject({
      ok: false,
    });
    expect(await makeThumbnail('image', await image(10, 10), { maxInputBytes: 10 })).toMatchObject({
      ok: false,
      code: 'TOO_LARGE',
    });
    expect(await makeThumbnail('video', Buffer.alloc(10))).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
  });
});
