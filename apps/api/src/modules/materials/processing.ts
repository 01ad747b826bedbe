import { Readable } from 'node:stream';
import type { Db } from '@hoclieu/db';
import { extractText, type FileCategory, makeThumbnail, probeMedia } from '@hoclieu/media';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { JobQueue } from '../../jobs/queue.js';
import type { SearchOutbox } from '../../search/outbox.js';
import { blobSource } from './blob-source.js';

export const PROCESS_UPLOAD = 'upload.process';

const TEXT_CATEGORIES = new Set(['pdf', 'docx', 'pptx']);
const THUMBNAIL_CATEGORIES = new Set(['image', 'pdf']);
const TIMED_CATEGORIES = new Set(['video', 'audio']);

interface Deps {
  db: Db;
  storage: BlobStore;
  jobs: JobQueue;
  searchOutbox: SearchOutbox;
  log: FastifyBaseLogger;
}

/**
 * What is learned from a stored file in the background: its text for search, a thumbnail, a
 * duration. Runs as a pg-boss job, so a crash or restart resumes it; each step that fails is
 * logged and skipped, the file stays usable without it.
 */
async function processUpload({ db, storage, searchOutbox, log }: Deps, uploadId: string) {
  const upload = await db.upload.findUnique({ where: { id: uploadId } });
  if (!upload || upload.status !== 'stored' || upload.size === null) return;
  const source = blobSource(storage, upload.blobKey, Number(upload.size));
  const category = (upload.category ?? 'unknown') as FileCategory;
  const data: { extractedText?: string; thumbnailKey?: string; durationSeconds?: number } = {};
  const attempt = async (step: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      log.warn({ err: error, uploadId, step }, 'file processing step failed');
    }
  };
  if (TEXT_CATEGORIES.has(category)) {
    await attempt('text', async () => {
      const result = await extractText(category, source);
      if (result.ok) data.extractedText = result.text;
    });
  }
  if (THUMBNAIL_CATEGORIES.has(category)) {
    await attempt('thumbnail', async () => {
      const image = await makeThumbnail(category, source);
      if (!image.ok) return;
      const key = `thumbnails/${uploadId}.${image.format}`;
      await storage.put(key, Readable.from([image.data]), { contentType: `image/${image.format}` });
      data.thumbnailKey = key;
    });
  }
  if (TIMED_CATEGORIES.has(category)) {
    await attempt('duration', async () => {
      const probe = await probeMedia(source);
      if (probe.ok) data.durationSeconds = probe.durationSeconds;
    });
  }
  await db.$transaction(async (tx) => {
    await tx.upload.update({ where: { id: uploadId }, data: { ...data, processedAt: new Date() } });
    // The extracted text changes what search finds: re-index the materials holding this file.
    const materials = await tx.material.findMany({
      where: { versions: { some: { files: { some: { uploadId } } } } },
      select: { id: true },
    });
    if (materials.length) {
      await tx.searchOutbox.createMany({
        data: materials.map((m) => ({ indexName: 'materials', documentId: m.id, operation: 'upsert' })),
      });
    }
  });
  searchOutbox.kick();
}

/** Registers the worker and returns the function that queues a stored upload for processing. */
export async function registerUploadProcessing(deps: Deps): Promise<(uploadId: string) => Promise<void>> {
  await deps.jobs.work<{ uploadId: string }>(PROCESS_UPLOAD, (job) => processUpload(deps, job.uploadId));
  return (uploadId) => deps.jobs.send(PROCESS_UPLOAD, { uploadId });
}
