import { endpoints, type ResponseOf } from '@hoclieu/contracts';
import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';

export type StoredUpload = ResponseOf<typeof endpoints.materials.completeUpload>;

export type UploadOutcome =
  | { status: 'stored'; upload: StoredUpload }
  /** The server said no (type, size): `reason` is its own Vietnamese explanation when it gave one. */
  | { status: 'refused'; error: ApiError; reason: string | null };

interface UploadOptions {
  onProgress: (fraction: number) => void;
  /** The bytes have arrived; the server now checks the content. */
  onChecking: () => void;
  signal: AbortSignal;
}

const REFUSALS_WITH_REASON = new Set(['FILE_TYPE_REFUSED', 'FILE_TYPE_UNKNOWN']);

/**
 * Ticket, bytes, completion: the server decides what the file is by its content. A refusal's error
 * body holds only the code; the upload record keeps the detailed reason, and asking to complete it
 * again returns that record, so the teacher sees why.
 */
export async function uploadMaterialFile(
  api: ApiClient,
  file: File,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const { signal } = options;
  let uploadId: string | null = null;
  try {
    const ticket = await api.call(endpoints.materials.createUpload, {
      body: { fileName: file.name, size: file.size, ...(file.type ? { contentType: file.type } : {}) },
      signal,
    });
    uploadId = ticket.uploadId;
    await api.sendFile(ticket, file, { onProgress: options.onProgress, signal });
    options.onChecking();
    const upload = await api.call(endpoints.materials.completeUpload, { params: { uploadId }, signal });
    return { status: 'stored', upload };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500) throw error;
    const reason =
      uploadId && REFUSALS_WITH_REASON.has(error.code)
        ? await api
            .call(endpoints.materials.completeUpload, { params: { uploadId }, signal })
            .then((record) => record.rejectionReason)
            .catch(() => null)
        : null;
    return { status: 'refused', error, reason };
  }
}
