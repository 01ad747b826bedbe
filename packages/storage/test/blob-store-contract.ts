import { beforeEach, describe, expect, it } from 'vitest';
import {
  BlobNotFoundError,
  type BlobStore,
  BlobTooLargeError,
  InvalidBlobKeyError,
  RangeNotSatisfiableError,
} from '../src/index.js';
import { bodyOf, INVALID_KEYS, MiB, VIETNAMESE_TEXT } from './fixtures.js';
import { generatedStream, readAll, sha256, sha256OfStream } from './streams.js';

export interface BlobStoreHarness {
  store: BlobStore;
  /** Every file or object the adapter holds, whatever its role, to prove a failure leaves nothing behind. */
  leftovers(): Promise<string[]>;
}

/** The behaviour every BlobStore adapter owes the API; each adapter's test file runs it. */
export function describeBlobStoreContract(adapter: string, setup: () => Promise<BlobStoreHarness>): void {
  describe(`BlobStore contract: ${adapter}`, () => {
    let store: BlobStore;
    let harness: BlobStoreHarness;
    beforeEach(async () => {
      harness = await setup();
      store = harness.store;
    });

    it('returns the bytes it stored, with size, sha256 and content type', async () => {
      const bytes = Buffer.from('%PDF-1.7 fake lesson plan');
      const stored = await store.put('materials/7/plan.pdf', bodyOf(bytes), {
        contentType: 'application/pdf',
        size: bytes.length,
      });
      expect(stored).toEqual({ key: 'materials/7/plan.pdf', size: bytes.length, sha256: sha256(bytes) });
      const blob = await store.get('materials/7/plan.pdf');
      expect(blob).toMatchObject({ size: bytes.length, contentType: 'application/pdf' });
      expect(blob.range).toBeUndefined();
      expect(await readAll(blob.body)).toEqual(bytes);
      expect(await store.stat('materials/7/plan.pdf')).toEqual({
        size: bytes.length,
        contentType: 'application/pdf',
      });
    });

    it('keeps Vietnamese UTF-8 text byte for byte, without a declared size', async () => {
      const stored = await store.put('exports/de-kiem-tra.txt', bodyOf(VIETNAMESE_TEXT), {
        contentType: 'text/plain; charset=utf-8',
      });
      expect(stored.size).toBe(Buffer.byteLength(VIETNAMESE_TEXT));
      expect(stored.sha256).toBe(sha256(VIETNAMESE_TEXT));
      const blob = await store.get('exports/de-kiem-tra.txt');
      expect(blob.contentType).toBe('text/plain; charset=utf-8');
      expect((await readAll(blob.body)).toString('utf8')).toBe(VIETNAMESE_TEXT);
    });

    it('replaces a blob stored again under the same key', async () => {
      await store.put('avatars/1.png', bodyOf('old'), { contentType: 'image/png' });
      await store.put('avatars/1.png', bodyOf('newer'), { contentType: 'image/webp' });
      const blob = await store.get('avatars/1.png');
      expect(blob.contentType).toBe('image/webp');
      expect((await readAll(blob.body)).toString()).toBe('newer');
    });

    it('serves byte ranges, clamping the end and refusing a start past the blob', async () => {
      await store.put('video/lesson.mp4', bodyOf('0123456789'), { contentType: 'video/mp4' });
      const middle = await store.get('video/lesson.mp4', { start: 2, end: 5 });
      expect(middle).toMatchObject({ size: 10, range: { start: 2, end: 5 } });
      expect((await readAll(middle.body)).toString()).toBe('2345');
      const tail = await store.get('video/lesson.mp4', { start: 7 });
      expect(tail.range).toEqual({ start: 7, end: 9 });
      expect((await readAll(tail.body)).toString()).toBe('789');
      const clamped = await store.get('video/lesson.mp4', { start: 8, end: 100 });
      expect(clamped.range).toEqual({ start: 8, end: 9 });
      expect((await readAll(clamped.body)).toString()).toBe('89');
      await expect(store.get('video/lesson.mp4', { start: 10 })).rejects.toBeInstanceOf(
        RangeNotSatisfiableError,
      );
      await expect(store.get('video/lesson.mp4', { start: 5, end: 4 })).rejects.toMatchObject({
        code: 'RANGE_NOT_SATISFIABLE',
      });
    });

    it('reports a missing blob: stat gives null, get throws BlobNotFoundError', async () => {
      expect(await store.stat('missing/file.pdf')).toBeNull();
      await expect(store.get('missing/file.pdf')).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.get('missing/file.pdf')).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND' });
    });

    it('deletes idempotently and leaves nothing behind', async () => {
      await store.put('imports/students.xlsx', bodyOf('xlsx'), { contentType: 'application/vnd.ms-excel' });
      await store.delete('imports/students.xlsx');
      expect(await store.stat('imports/students.xlsx')).toBeNull();
      await store.delete('imports/students.xlsx');
      await store.delete('never/stored.bin');
      expect(await harness.leftovers()).toEqual([]);
    });

    it('aborts an upload over maxBytes as soon as it overflows, leaving nothing behind', async () => {
      const upload = generatedStream(8 * MiB, 16 * 1024);
      const put = store.put('uploads/too-big.bin', upload.body, {
        contentType: 'application/zip',
        maxBytes: 1000,
      });
      await expect(put).rejects.toBeInstanceOf(BlobTooLargeError);
      await expect(put).rejects.toMatchObject({ code: 'BLOB_TOO_LARGE', maxBytes: 1000 });
      expect(upload.pulledBytes()).toBeLessThan(MiB);
      expect(await store.stat('uploads/too-big.bin')).toBeNull();
      expect(await harness.leftovers()).toEqual([]);
    });

    it('accepts exactly maxBytes, and refuses a declared size over it before reading', async () => {
      const exact = await store.put('uploads/exact.bin', bodyOf(Buffer.alloc(1000, 7)), {
        contentType: 'application/octet-stream',
        maxBytes: 1000,
      });
      expect(exact.size).toBe(1000);
      const body = bodyOf('x'.repeat(2000));
      const put = store.put('uploads/declared.bin', body, {
        contentType: 'text/plain',
        size: 2000,
        maxBytes: 1000,
      });
      await expect(put).rejects.toBeInstanceOf(BlobTooLargeError);
      expect(body.destroyed).toBe(true);
    });

    it('refuses keys that could escape the store or name one blob twice', async () => {
      for (const key of [...INVALID_KEYS, 'x'.repeat(1025)]) {
        const body = bodyOf('x');
        await expect(store.put(key, body, { contentType: 'text/plain' })).rejects.toBeInstanceOf(
          InvalidBlobKeyError,
        );
        expect(body.destroyed).toBe(true);
        await expect(store.get(key)).rejects.toMatchObject({ code: 'INVALID_BLOB_KEY' });
        await expect(store.stat(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(store.presignGet(key, { expiresSeconds: 60 })).rejects.toBeInstanceOf(
          InvalidBlobKeyError,
        );
      }
      expect(await harness.leftovers()).toEqual([]);
    });

    it('streams a 20 MiB upload and download end to end', { timeout: 60_000 }, async () => {
      const upload = generatedStream(20 * MiB);
      const stored = await store.put('videos/big.mp4', upload.body, {
        contentType: 'video/mp4',
        maxBytes: 32 * MiB,
      });
      expect(stored).toMatchObject({ size: 20 * MiB, sha256: upload.sha256 });
      const blob = await store.get('videos/big.mp4');
      expect(await sha256OfStream(blob.body)).toEqual({ sha256: upload.sha256, bytes: 20 * MiB });
    });

    it('either declines to presign or gives URLs that work with plain fetch', async () => {
      const putUrl = await store.presignPut('materials/9/de-thi.pdf', {
        contentType: 'application/pdf',
        expiresSeconds: 60,
      });
      const downloadName = 'Đề thi (bản 2) Toán 6.pdf';
      if (putUrl === null) {
        expect(
          await store.presignGet('materials/9/de-thi.pdf', { expiresSeconds: 60, downloadName }),
        ).toBeNull();
        return;
      }
      const upload = await fetch(putUrl, {
        method: 'PUT',
        body: Buffer.from(VIETNAMESE_TEXT),
        headers: { 'Content-Type': 'application/pdf' },
      });
      expect(upload.status).toBe(200);
      expect(await store.stat('materials/9/de-thi.pdf')).toMatchObject({
        size: Buffer.byteLength(VIETNAMESE_TEXT),
      });
      const getUrl = await store.presignGet('materials/9/de-thi.pdf', { expiresSeconds: 60, downloadName });
      const download = await fetch(String(getUrl));
      expect(download.status).toBe(200);
      expect(await download.text()).toBe(VIETNAMESE_TEXT);
      const disposition = download.headers.get('content-disposition') ?? '';
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toBe(downloadName);
    });

    it('reports itself healthy', async () => {
      const report = await store.health();
      expect(report.status).toBe('ok');
      expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    });
  });
}
