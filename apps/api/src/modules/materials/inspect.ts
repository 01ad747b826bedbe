import { createHash } from 'node:crypto';
import { checkUpload, type ScormPackage } from '@hoclieu/media';
import type { BlobStore } from '@hoclieu/storage';
import { blobSource } from './blob-source.js';

type InspectVerdict =
  | {
      ok: true;
      contentType: string;
      category: string;
      entryPage?: string | undefined;
      scorm?: ScormPackage | undefined;
    }
  | { ok: false; code: 'FILE_TYPE_REFUSED' | 'FILE_TYPE_UNKNOWN' | 'SCORM_MANIFEST_INVALID'; reason: string };

export interface UploadInspector {
  /** Decides the type by content; refuses executables, unknown content and unsafe zips. */
  inspect(blobKey: string, originalName: string, size: number): Promise<InspectVerdict>;
  /** SHA-256 of a blob the API did not receive itself (a presigned MinIO upload), by streaming. */
  sha256(blobKey: string): Promise<string>;
}

export function createUploadInspector(storage: BlobStore): UploadInspector {
  return {
    async inspect(blobKey, originalName, size) {
      const check = await checkUpload(blobSource(storage, blobKey, size), originalName);
      if (!check.ok) return { ok: false, code: check.code, reason: check.reason };
      return {
        ok: true,
        contentType: check.mime,
        category: check.category,
        entryPage: check.entryPage,
        scorm: check.scorm,
      };
    },
    async sha256(blobKey) {
      const hash = createHash('sha256');
      const blob = await storage.get(blobKey);
      for await (const chunk of blob.body) hash.update(chunk as Buffer);
      return hash.digest('hex');
    },
  };
}
