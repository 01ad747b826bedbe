import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '@hoclieu/db';
import { type Actor, mayCreateMaterial, viewerTokens } from '@hoclieu/domain';
import { type BlobStore, BlobTooLargeError } from '@hoclieu/storage';
import { AppError, forbidden } from '../../http/errors.js';
import { classIdsOf } from './access.js';
import type { UploadInspector } from './inspect.js';
import { uploadFacts } from './view.js';

interface Deps {
  db: Db;
  storage: BlobStore;
  inspector: UploadInspector;
  maxBytes: number;
  /** Queues background work (text, thumbnail, duration) for a stored upload. */
  enqueueProcessing: (uploadId: string) => Promise<void>;
}

const TICKET_SECONDS = 60 * 60;

// An unreachable store needs no mapping here: the error handler answers STORAGE_UNAVAILABLE for it.
function uploadTooLarge(error: unknown): never {
  if (error instanceof BlobTooLargeError) throw new AppError('UPLOAD_TOO_LARGE');
  throw error;
}

/**
 * Uploads in two steps: a ticket (a presigned MinIO URL, or this API's own URL on local disk),
 * then "complete", which checks the content, records its SHA-256 and points out duplicates.
 */
export function createUploadService({ db, storage, inspector, maxBytes, enqueueProcessing }: Deps) {
  async function ownUpload(actor: Actor, uploadId: string) {
    const upload = await db.upload.findUnique({ where: { id: uploadId } });
    if (!upload) throw new AppError('UPLOAD_NOT_FOUND');
    if (upload.ownerId !== actor.userId) throw forbidden();
    return upload;
  }

  async function view(actor: Actor, uploadId: string) {
    const upload = await db.upload.findUniqueOrThrow({ where: { id: uploadId } });
    const twins = upload.sha256
      ? await db.material.findMany({
          where: {
            deletedAt: null,
            audience: { hasSome: viewerTokens(actor, await classIdsOf(db, actor)) },
            versions: {
              some: { files: { some: { upload: { sha256: upload.sha256, NOT: { id: upload.id } } } } },
            },
          },
          select: { id: true, title: true, approvedTitle: true, authorId: true },
          take: 5,
        })
      : [];
    return {
      id: upload.id,
      ...uploadFacts(upload),
      rejectionReason: upload.rejectionReason,
      // Others' materials by the title others see (the approved one).
      duplicates: twins.map((t) => ({
        materialId: t.id,
        title: t.authorId === actor.userId ? t.title : (t.approvedTitle ?? t.title),
      })),
    };
  }

  return {
    async ticket(actor: Actor, request: { fileName: string; size: number }) {
      if (!mayCreateMaterial(actor)) throw forbidden();
      if (request.size > maxBytes) throw new AppError('UPLOAD_TOO_LARGE');
      const id = randomUUID();
      const now = new Date();
      const blobKey = `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
      await db.upload.create({
        data: {
          id,
          ownerId: actor.userId,
          blobKey,
          originalName: request.fileName.normalize('NFC'),
          declaredSize: request.size,
        },
      });
      const presigned = await storage.presignPut(blobKey, {
        contentType: 'application/octet-stream',
        expiresSeconds: TICKET_SECONDS,
      });
      return {
        uploadId: id,
        url: presigned ?? `/api/uploads/${id}/content`,
        headers: { 'content-type': 'application/octet-stream' },
        maxBytes: Math.min(maxBytes, request.size),
      };
    },

    /** Local-disk path: the bytes stream through the API to disk, never buffered whole. */
    async receive(actor: Actor, uploadId: string, body: Readable) {
      const upload = await ownUpload(actor, uploadId);
      if (upload.status !== 'pending') throw new AppError('CONFLICT');
      const stored = await storage
        .put(upload.blobKey, body, {
          contentType: 'application/octet-stream',
          maxBytes: Number(upload.declaredSize),
        })
        .catch(uploadTooLarge);
      await db.upload.update({ where: { id: uploadId }, data: { size: stored.size, sha256: stored.sha256 } });
      return { size: stored.size, sha256: stored.sha256 };
    },

    async complete(actor: Actor, uploadId: string) {
      const upload = await ownUpload(actor, uploadId);
      if (upload.status !== 'pending') return view(actor, uploadId);
      const info = await storage.stat(upload.blobKey);
      if (!info) throw new AppError('UPLOAD_NOT_READY');
      const verdict = await inspector.inspect(upload.blobKey, upload.originalName, info.size);
      if (!verdict.ok) {
        await storage.delete(upload.blobKey).catch(() => undefined);
        await db.upload.update({
          where: { id: uploadId },
          data: { status: 'rejected', rejectionReason: verdict.reason },
        });
        throw new AppError(verdict.code, [{ path: 'file', message: verdict.reason }]);
      }
      await db.upload.update({
        where: { id: uploadId },
        data: {
          status: 'stored',
          size: info.size,
          contentType: verdict.contentType,
          category: verdict.category,
          entryPage: verdict.entryPage ?? null,
          ...(verdict.scorm ? { scorm: verdict.scorm } : {}),
          sha256: upload.sha256 ?? (await inspector.sha256(upload.blobKey)),
        },
      });
      await enqueueProcessing(uploadId);
      return view(actor, uploadId);
    },
  };
}
