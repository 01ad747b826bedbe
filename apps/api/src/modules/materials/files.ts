import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { openZipEntry } from '@hoclieu/media';
import {
  attachmentDisposition,
  BlobNotFoundError,
  type BlobStore,
  RangeNotSatisfiableError,
} from '@hoclieu/storage';
import type { FastifyReply } from 'fastify';
import { AppError, forbidden } from '../../http/errors.js';
import { scormLaunchPage } from '../lectures/launch-page.js';
import { blobSource } from './blob-source.js';
import type { MaterialService } from './service.js';

const PACKAGE_ENTRY_MAX_BYTES = 200 * 1024 * 1024;

const packageTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
};

function packageContentType(path: string): string {
  return packageTypes[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** `bytes=start-end` (one range; browsers seek video with exactly this). */
function parseRange(header: string | undefined): { start: number; end?: number } | undefined {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') return undefined; // suffix ranges are rare for media players; serve the whole file
  return { start: Number(match[1]), ...(match[2] ? { end: Number(match[2]) } : {}) };
}

function inlineDisposition(name: string): string {
  return attachmentDisposition(name).replace(/^attachment/, 'inline');
}

/**
 * Streams a material's file: HTTP Range so video seeking works, the original Vietnamese filename
 * on download, and the view/download counters.
 */
export function createFileService(db: Db, storage: BlobStore, materials: MaterialService) {
  async function fileOf(actor: Actor, materialId: string, fileId: string) {
    const { material, pending } = await materials.viewMaterial(actor, materialId);
    const file = await db.materialFile.findFirst({
      where: { id: fileId, version: { materialId } },
      include: { upload: true, version: { select: { number: true } } },
    });
    if (!file || file.upload.status !== 'stored') throw new AppError('FILE_NOT_FOUND');
    // Others get only the approved version's files: approval covers what they see.
    if (!pending && material.approvedVersion !== null && file.version.number !== material.approvedVersion)
      throw forbidden();
    return file.upload;
  }

  async function send(reply: FastifyReply, key: string, range: { start: number; end?: number } | undefined) {
    try {
      const blob = await storage.get(key, range);
      reply.header('accept-ranges', 'bytes');
      if (blob.range) {
        reply.code(206);
        reply.header('content-range', `bytes ${blob.range.start}-${blob.range.end}/${blob.size}`);
        reply.header('content-length', blob.range.end - blob.range.start + 1);
      } else {
        reply.header('content-length', blob.size);
      }
      return blob;
    } catch (error) {
      if (error instanceof RangeNotSatisfiableError) throw new AppError('RANGE_NOT_SATISFIABLE');
      if (error instanceof BlobNotFoundError) throw new AppError('FILE_NOT_FOUND');
      throw error;
    }
  }

  return {
    async content(
      actor: Actor,
      materialId: string,
      fileId: string,
      reply: FastifyReply,
      rangeHeader?: string,
      download = false,
    ) {
      const upload = await fileOf(actor, materialId, fileId);
      const range = download ? undefined : parseRange(rangeHeader);
      const blob = await send(reply, upload.blobKey, range);
      // Count a download, or a view when playback starts (not every seek).
      if (download)
        await db.material.update({ where: { id: materialId }, data: { downloadCount: { increment: 1 } } });
      reply.header('content-type', upload.contentType ?? 'application/octet-stream');
      reply.header(
        'content-disposition',
        download ? attachmentDisposition(upload.originalName) : inlineDisposition(upload.originalName),
      );
      reply.header('x-content-type-options', 'nosniff');
      // Files are served as data, never as a page of this origin: no scripts even if it is HTML or SVG.
      reply.header(
        'content-security-policy',
        "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
      );
      reply.header('cache-control', 'private, max-age=3600');
      return reply.send(blob.body);
    },

    /** A file inside an HTML5 package, for the sandboxed iframe; `fileId` comes from a verified capability. */
    async packageEntry(fileId: string, path: string, reply: FastifyReply) {
      const file = await db.materialFile.findUnique({ where: { id: fileId }, include: { upload: true } });
      const upload = file?.upload;
      if (
        !upload ||
        upload.status !== 'stored' ||
        upload.category !== 'html5-package' ||
        upload.size === null
      ) {
        throw new AppError('FILE_NOT_FOUND');
      }
      const entryPath = path === '' ? (upload.entryPage ?? 'index.html') : path;
      if (entryPath.split('/').some((segment) => segment === '..' || segment === ''))
        throw new AppError('FILE_NOT_FOUND');
      const entry = await openZipEntry(
        blobSource(storage, upload.blobKey, Number(upload.size)),
        entryPath,
        PACKAGE_ENTRY_MAX_BYTES,
      );
      if (!entry) throw new AppError('FILE_NOT_FOUND');
      // A SCORM lecture's launch page carries the runtime client: built per request, never cached.
      const body =
        upload.scorm !== null && entryPath === upload.entryPage ? await scormLaunchPage(entry.stream) : null;
      reply.header('content-type', packageContentType(entryPath));
      reply.header('content-length', body ? body.length : entry.size);
      reply.header('x-content-type-options', 'nosniff');
      // An opaque origin (no allow-same-origin): the simulation's scripts run, but can never read
      // our cookies or call our API as the viewer. Only our own pages may frame it.
      reply.header(
        'content-security-policy',
        "sandbox allow-scripts allow-forms allow-modals allow-pointer-lock; default-src 'self' data: blob: 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'self'",
      );
      // The frame's own requests come from that opaque origin: a same-origin resource policy would
      // block its scripts and images. The capability in the URL is what guards them.
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('cache-control', body ? 'no-store' : 'private, max-age=3600');
      return reply.send(body ?? entry.stream);
    },

    async thumbnail(actor: Actor, materialId: string, fileId: string, reply: FastifyReply) {
      const upload = await fileOf(actor, materialId, fileId);
      if (!upload.thumbnailKey) throw new AppError('FILE_NOT_FOUND');
      const blob = await send(reply, upload.thumbnailKey, undefined);
      reply.header('content-type', blob.contentType);
      reply.header('cache-control', 'private, max-age=86400');
      return reply.send(blob.body);
    },
  };
}
